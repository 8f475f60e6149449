/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.result;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hillfit.fit.Qualifier;

/**
 * Replicate potencies averaged geometrically (the mean of log IC50, i.e. of pIC50), qualified values combined by a
 * bounded rule (see {@link #combine}).
 *
 * @param value the combined potency; empty when the rule claims no value ({@link AveragingRule#BRACKETED},
 *     {@link AveragingRule#CONFLICTING}, {@link AveragingRule#NONE})
 * @param sdLog sample SD (n − 1) of the exact values' log10 IC50 (= SD of pIC50); NaN with fewer than 2
 * @param n all values combined, qualified ones included
 * @param nExact exact values among them
 * @param rule which case of the rule applied
 */
public record CombinedPotency(Optional<Potency> value, double sdLog, int n, int nExact, AveragingRule rule) {
    public CombinedPotency {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(rule, "rule");
    }

    /**
     * Combines replicate potencies. Exact values x, {@code <} bounds (the truth lies below) and {@code >} bounds (above),
     * all on log10 IC50; hi = the lowest {@code <} bound, lo = the highest {@code >} bound:
     *
     * <ol>
     *   <li>bounds of both kinds with lo ≥ hi contradict each other → no value ({@code CONFLICTING});
     *   <li>no exact value: only {@code <} → {@code <hi}; only {@code >} → {@code >lo}; both → no value
     *       ({@code BRACKETED});
     *   <li>m = mean of the exact values; m ≥ hi → {@code <} mean of the exact values and the {@code <} bounds ≤ m;
     *       m ≤ lo → {@code >} mean of the exact values and the {@code >} bounds ≥ m; otherwise {@code =m}.
     * </ol>
     *
     * SCIENCE.md illustrates the rule with arithmetic means (20, 30, &lt;100 → 25; &lt;2, 8 → &lt;5); Hillfit averages
     * geometrically throughout, so that the mean IC50 and the mean pIC50 always agree: 24.5 and &lt;4.
     */
    public static CombinedPotency combine(List<Potency> potencies) {
        List<Double> exact = new ArrayList<>();
        List<Double> below = new ArrayList<>();
        List<Double> above = new ArrayList<>();
        for (Potency p : potencies) {
            (p.qualifier() == Qualifier.EQUAL ? exact : p.qualifier() == Qualifier.LESS_THAN ? below : above)
                    .add(p.logMolar());
        }
        int n = potencies.size();
        double sd = sd(exact);
        double hi = below.stream().mapToDouble(d -> d).min().orElse(Double.POSITIVE_INFINITY);
        double lo = above.stream().mapToDouble(d -> d).max().orElse(Double.NEGATIVE_INFINITY);
        if (n == 0) {
            return new CombinedPotency(Optional.empty(), sd, 0, 0, AveragingRule.NONE);
        }
        if (!below.isEmpty() && !above.isEmpty() && lo >= hi) {
            return new CombinedPotency(Optional.empty(), sd, n, exact.size(), AveragingRule.CONFLICTING);
        }
        if (exact.isEmpty()) {
            if (above.isEmpty()) {
                return of(Qualifier.LESS_THAN, hi, sd, n, 0, AveragingRule.ALL_BELOW);
            }
            return below.isEmpty()
                    ? of(Qualifier.GREATER_THAN, lo, sd, n, 0, AveragingRule.ALL_ABOVE)
                    : new CombinedPotency(Optional.empty(), sd, n, 0, AveragingRule.BRACKETED);
        }
        double m = mean(exact);
        if (m >= hi) {
            List<Double> values = new ArrayList<>(exact);
            below.stream().filter(b -> b <= m).forEach(values::add);
            return of(Qualifier.LESS_THAN, mean(values), sd, n, exact.size(), AveragingRule.BELOW_BOUND_BROKEN);
        }
        if (m <= lo) {
            List<Double> values = new ArrayList<>(exact);
            above.stream().filter(b -> b >= m).forEach(values::add);
            return of(Qualifier.GREATER_THAN, mean(values), sd, n, exact.size(), AveragingRule.ABOVE_BOUND_BROKEN);
        }
        AveragingRule rule = below.isEmpty() && above.isEmpty() ? AveragingRule.ALL_EXACT : AveragingRule.WITHIN_BOUNDS;
        return of(Qualifier.EQUAL, m, sd, n, exact.size(), rule);
    }

    /** pIC50 of the combined value; NaN when there is none. */
    public double pIc50() {
        return value.map(Potency::pIc50).orElse(Double.NaN);
    }

    private static CombinedPotency of(Qualifier q, double log, double sd, int n, int nExact, AveragingRule rule) {
        return new CombinedPotency(Optional.of(new Potency(q, log)), sd, n, nExact, rule);
    }

    static double mean(List<Double> values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.size();
    }

    /** Sample standard deviation (n − 1); NaN for fewer than 2 values. */
    static double sd(List<Double> values) {
        if (values.size() < 2) {
            return Double.NaN;
        }
        double m = mean(values);
        double ss = 0;
        for (double v : values) {
            ss += (v - m) * (v - m);
        }
        return Math.sqrt(ss / (values.size() - 1));
    }
}
