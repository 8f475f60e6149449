/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.analysis;

import java.util.List;
import java.util.Objects;
import org.hillfit.plate.Concentration;

/**
 * The replicates of one dose, condensed for display (the fit uses the single points).
 *
 * @param concentration the dose
 * @param mean mean response of the used replicates; NaN when none is used
 * @param sd sample SD (n − 1) of the used replicates; NaN for fewer than 2
 * @param n replicates used
 * @param excluded replicates masked or without a value
 */
public record DoseSummary(Concentration concentration, double mean, double sd, int n, int excluded) {
    public DoseSummary {
        Objects.requireNonNull(concentration, "concentration");
    }

    /** Summarises the points of one dose (all with the same concentration). */
    public static DoseSummary of(List<DosePoint> points) {
        double[] used = points.stream()
                .filter(DosePoint::isUsed)
                .mapToDouble(DosePoint::response)
                .toArray();
        return new DoseSummary(
                points.get(0).concentration(),
                Statistics.mean(used),
                Statistics.sd(used),
                used.length,
                points.size() - used.length);
    }
}
