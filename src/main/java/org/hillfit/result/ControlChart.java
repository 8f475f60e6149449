/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.result;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hillfit.fit.Qualifier;

/**
 * A reference compound's pIC50 across plates and runs, with the assay's reproducibility: the minimum significant
 * ratio MSR = 10^(2·√2·s), s = SD of log10 IC50 over the runs (Eastwood et al. 2006; NCATS Assay Guidance Manual),
 * and control limits mean ± 2s in pIC50.
 *
 * <p>Each run is judged against the limits of the runs <em>before</em> it (by date, undated last, then in run order),
 * as on a Shewhart chart: "is today's reference in line with last month's?". The first {@link #MIN_RUNS} exact runs
 * set the baseline and are undetermined. A run outside its limits is {@link ControlStatus#OUTSIDE_LIMITS}; it still
 * counts towards the limits of later runs unless a reviewer rejects its curve.
 *
 * @param assay the assay
 * @param compound the reference compound
 * @param points one per curve, in chart order
 * @param meanPIc50 mean pIC50 of all exact counted runs; NaN without any
 * @param sdLog their SD (n − 1) = SD of log10 IC50; NaN with fewer than 2
 * @param n exact counted runs
 * @param msr minimum significant ratio from {@code sdLog}; NaN with fewer than 2 runs
 * @param lowerLimit mean − 2s over all runs (the band for the next run); NaN with fewer than {@link #MIN_RUNS}
 * @param upperLimit mean + 2s over all runs; NaN with fewer than {@link #MIN_RUNS}
 */
public record ControlChart(
        String assay,
        String compound,
        List<ControlPoint> points,
        double meanPIc50,
        double sdLog,
        int n,
        double msr,
        double lowerLimit,
        double upperLimit) {

    /** Fewest exact runs that give control limits. */
    public static final int MIN_RUNS = 3;

    public ControlChart {
        Objects.requireNonNull(assay, "assay");
        Objects.requireNonNull(compound, "compound");
        points = List.copyOf(points);
    }

    /** MSR = 10^(2·√2·s) for an SD s of log10 IC50. */
    public static double msr(double sdLog) {
        return Math.pow(10, 2 * Math.sqrt(2) * sdLog);
    }

    /** The chart of one summarised compound. */
    public static ControlChart of(ReplicateSummary summary) {
        List<Replicate> ordered = new ArrayList<>(summary.replicates());
        ordered.sort(Comparator.comparing((Replicate r) -> r.date().orElse(LocalDate.MAX)));
        List<Double> baseline = new ArrayList<>();
        List<ControlPoint> points = new ArrayList<>();
        for (Replicate r : ordered) {
            double[] limits = limits(baseline);
            ControlStatus status;
            if (!r.isIncluded()) {
                status = ControlStatus.EXCLUDED;
            } else {
                Potency p = r.potency().orElseThrow();
                status = Double.isNaN(limits[0]) ? ControlStatus.UNDETERMINED : status(p, limits[0], limits[1]);
                if (p.isExact()) {
                    baseline.add(p.pIc50());
                }
            }
            points.add(new ControlPoint(
                    r.label(), r.date(), r.potency(), status, r.excludedBecause(), limits[0], limits[1]));
        }
        double mean = baseline.isEmpty() ? Double.NaN : CombinedPotency.mean(baseline);
        double sd = CombinedPotency.sd(baseline);
        double[] limits = limits(baseline);
        return new ControlChart(
                summary.assay(),
                summary.compound(),
                points,
                mean,
                sd,
                baseline.size(),
                Double.isNaN(sd) ? Double.NaN : msr(sd),
                limits[0],
                limits[1]);
    }

    /** The charts of each assay's reference compound (assay → compound), for those summarised. */
    public static List<ControlChart> forReferences(List<ReplicateSummary> summaries, Map<String, String> references) {
        return summaries.stream()
                .filter(s -> s.compound().equals(references.get(s.assay())))
                .map(ControlChart::of)
                .toList();
    }

    /** The points outside the limits in force when they were run. */
    public List<ControlPoint> outsideLimits() {
        return points.stream()
                .filter(p -> p.status() == ControlStatus.OUTSIDE_LIMITS)
                .toList();
    }

    /** {mean − 2s, mean + 2s} of the pIC50s, or NaNs with fewer than {@link #MIN_RUNS}. */
    private static double[] limits(List<Double> pic50s) {
        if (pic50s.size() < MIN_RUNS) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double mean = CombinedPotency.mean(pic50s);
        double sd = CombinedPotency.sd(pic50s);
        return new double[] {mean - 2 * sd, mean + 2 * sd};
    }

    private static ControlStatus status(Potency p, double lower, double upper) {
        double pic50 = p.pIc50();
        if (p.qualifier() == Qualifier.EQUAL) {
            return pic50 < lower || pic50 > upper ? ControlStatus.OUTSIDE_LIMITS : ControlStatus.IN_LIMITS;
        }
        // IC50 < b means pIC50 > p(b); IC50 > b means pIC50 < p(b): outside only when the bound itself is beyond
        boolean beyond = p.qualifier() == Qualifier.LESS_THAN ? pic50 >= upper : pic50 <= lower;
        return beyond ? ControlStatus.OUTSIDE_LIMITS : ControlStatus.UNDETERMINED;
    }
}
