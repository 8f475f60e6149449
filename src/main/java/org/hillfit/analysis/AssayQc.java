/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.analysis;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.ToDoubleFunction;

/**
 * An assay's plate QC across its plates. Means skip plates where a statistic is undefined (NaN).
 *
 * @param assay the assay/target
 * @param plates plates analysed
 * @param passed plates with verdict pass
 * @param warned plates with verdict warn
 * @param failed plates with verdict fail
 * @param meanZPrime mean Z'
 * @param minZPrime the worst plate's Z'
 * @param meanRobustZPrime mean robust Z'
 * @param meanSignalToBackground mean S:B
 * @param meanCvNeutralPercent mean CV% of the neutral controls
 * @param meanCvInhibitorPercent mean CV% of the inhibitor controls
 * @param controlOutliers control outliers over all plates
 */
public record AssayQc(
        String assay,
        int plates,
        int passed,
        int warned,
        int failed,
        double meanZPrime,
        double minZPrime,
        double meanRobustZPrime,
        double meanSignalToBackground,
        double meanCvNeutralPercent,
        double meanCvInhibitorPercent,
        int controlOutliers) {

    public AssayQc {
        Objects.requireNonNull(assay, "assay");
    }

    /** Summarises the QC of an assay's plates. */
    public static AssayQc of(String assay, List<PlateQc> plates) {
        return new AssayQc(
                assay,
                plates.size(),
                count(plates, QcVerdict.PASS),
                count(plates, QcVerdict.WARN),
                count(plates, QcVerdict.FAIL),
                mean(plates, PlateQc::zPrime),
                Arrays.stream(finite(plates, PlateQc::zPrime)).min().orElse(Double.NaN),
                mean(plates, PlateQc::robustZPrime),
                mean(plates, PlateQc::signalToBackground),
                mean(plates, PlateQc::cvNeutralPercent),
                mean(plates, PlateQc::cvInhibitorPercent),
                plates.stream().mapToInt(p -> p.controlOutliers().size()).sum());
    }

    /** The worst plate's verdict (fail when any plate failed). */
    public QcVerdict verdict() {
        return failed > 0 ? QcVerdict.FAIL : warned > 0 ? QcVerdict.WARN : QcVerdict.PASS;
    }

    private static int count(List<PlateQc> plates, QcVerdict verdict) {
        return (int) plates.stream().filter(p -> p.verdict() == verdict).count();
    }

    private static double mean(List<PlateQc> plates, ToDoubleFunction<PlateQc> statistic) {
        return Statistics.mean(finite(plates, statistic));
    }

    private static double[] finite(List<PlateQc> plates, ToDoubleFunction<PlateQc> statistic) {
        return plates.stream().mapToDouble(statistic).filter(Double::isFinite).toArray();
    }
}
