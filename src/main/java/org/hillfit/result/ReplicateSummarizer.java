/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.result;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hillfit.fit.CurveStatus;

/**
 * Summarises each compound of each assay over plates and runs: geometric mean IC50 (mean pIC50) with SD and n by the
 * bounded rule of {@link CombinedPotency#combine}, and outlying replicates flagged.
 *
 * <p>Which curves count ({@link #exclusion}): a curve a reviewer rejected never counts, one a reviewer accepted always
 * counts when it has an IC50; otherwise a curve counts unless its plate failed QC or the fit itself is ambiguous or
 * flagged (hill out of range, too few points…). Masked points and instrument flags alone do not exclude a curve: the
 * fit already left those wells out. Excluded curves are listed with the reason, never dropped silently.
 *
 * <p>Outliers: with three or more exact values, a replicate whose log10 IC50 lies more than {@code outlierLog}
 * (default 0.5, about 3.2-fold) from the mean of the <em>other</em> replicates is flagged. It still counts: reject the
 * curve to take it out, so that the decision is on the record. With two exact values that far apart, neither can be
 * blamed and the summary is flagged "replicates_disagree".
 */
public final class ReplicateSummarizer {
    /** Default outlier distance in log10 units (0.5 ≈ 3.2-fold). */
    public static final double DEFAULT_OUTLIER_LOG = 0.5;

    private ReplicateSummarizer() {}

    /** Summaries with the default outlier distance. */
    public static List<ReplicateSummary> summarize(List<ReplicateRun> runs) {
        return summarize(runs, DEFAULT_OUTLIER_LOG);
    }

    /**
     * One summary per assay and compound, in order of first appearance.
     *
     * @param outlierLog outlier distance in log10 units (&gt; 0)
     */
    public static List<ReplicateSummary> summarize(List<ReplicateRun> runs, double outlierLog) {
        if (!(outlierLog > 0)) {
            throw new IllegalArgumentException("the outlier distance must be > 0 log units; got " + outlierLog);
        }
        Map<List<String>, List<Replicate>> groups = new LinkedHashMap<>();
        for (ReplicateRun run : runs) {
            for (PlateResult plate : run.result().plates()) {
                for (CurveFit curve : plate.curves()) {
                    Replicate replicate = new Replicate(
                            run.label(),
                            curve.plate(),
                            RunDates.of(plate, run.result()),
                            Potency.of(curve.result()),
                            exclusion(curve),
                            false);
                    groups.computeIfAbsent(List.of(curve.assay(), curve.compound()), k -> new ArrayList<>())
                            .add(replicate);
                }
            }
        }
        List<ReplicateSummary> summaries = new ArrayList<>();
        groups.forEach((key, replicates) -> summaries.add(summary(key.get(0), key.get(1), replicates, outlierLog)));
        return summaries;
    }

    /** Why a curve does not count in replicate means; empty when it counts. */
    public static Optional<String> exclusion(CurveFit curve) {
        if (curve.isRejected()) {
            return Optional.of("rejected_by_user");
        }
        if (Potency.of(curve.result()).isEmpty()) {
            return Optional.of("no_ic50");
        }
        if (curve.decision().isPresent()) {
            return Optional.empty();
        }
        if (curve.plateFailedQc()) {
            return Optional.of("plate_qc_failed");
        }
        CurveStatus fit = curve.result().status();
        if (fit == CurveStatus.AMBIGUOUS || fit == CurveStatus.FLAGGED) {
            return Optional.of("fit_" + fit.slug());
        }
        return Optional.empty();
    }

    private static ReplicateSummary summary(
            String assay, String compound, List<Replicate> replicates, double outlierLog) {
        List<Integer> exact = new ArrayList<>();
        List<Potency> counted = new ArrayList<>();
        for (int i = 0; i < replicates.size(); i++) {
            Replicate r = replicates.get(i);
            if (r.isIncluded()) {
                Potency p = r.potency().orElseThrow();
                counted.add(p);
                if (p.isExact()) {
                    exact.add(i);
                }
            }
        }
        List<Replicate> marked = new ArrayList<>(replicates);
        List<String> flags = new ArrayList<>();
        if (exact.size() >= 3) {
            for (int i : exact) {
                List<Double> others = new ArrayList<>();
                exact.stream().filter(j -> j != i).forEach(j -> others.add(log(replicates.get(j))));
                if (Math.abs(log(replicates.get(i)) - CombinedPotency.mean(others)) > outlierLog) {
                    marked.set(i, replicates.get(i).withOutlier(true));
                    flags.add("outlier:" + replicates.get(i).label());
                }
            }
        } else if (exact.size() == 2
                && Math.abs(log(replicates.get(exact.get(0))) - log(replicates.get(exact.get(1)))) > outlierLog) {
            flags.add("replicates_disagree");
        }
        if (counted.size() == 1) {
            flags.add("single_value");
        }
        return new ReplicateSummary(assay, compound, marked, CombinedPotency.combine(counted), flags);
    }

    private static double log(Replicate r) {
        return r.potency().orElseThrow().logMolar();
    }
}
