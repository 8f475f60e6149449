/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.result;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hillfit.fit.CurveResult;
import org.hillfit.fit.Qualifier;

/**
 * Selectivity folds: fold = IC50(off-target) / IC50(target), e.g. JAK2 over TYK2; a fold of 400 means the compound
 * is 400 times less potent on the off-target.
 *
 * <p><b>Qualifiers.</b> A bound on either IC50 makes the fold a bound, by the direction it pushes the ratio:
 *
 * <ul>
 *   <li>{@code =}/{@code =} gives {@code =};
 *   <li>{@code >}/{@code =}, {@code =}/{@code <} and {@code >}/{@code <} give {@code >} (a larger numerator or a
 *       smaller denominator only makes the fold larger);
 *   <li>{@code <}/{@code =}, {@code =}/{@code >} and {@code <}/{@code >} give {@code <};
 *   <li>{@code >}/{@code >} and {@code <}/{@code <} conflict: the fold is undetermined.
 * </ul>
 *
 * The fold's number is computed from the values as reported (the tested bound for a qualified IC50).
 *
 * <p><b>Confidence interval.</b> Only for an exact fold of two IC50s that both have one: log fold = log IC50(off) −
 * log IC50(target), and, the two fits being independent, the distances from each estimate to its 95 % limits add
 * in quadrature: lower = log fold − √(d_off,low² + d_target,high²), upper = log fold + √(d_off,high² +
 * d_target,low²). This equals the usual √(SE₁² + SE₂²) rule when both intervals use the same t value.
 *
 * <p><b>Several curves of one compound and assay</b> (several plates) are combined by {@link #combine(List)}:
 * the geometric mean (mean of log IC50s). Bounds count with their bound value and make the mean a bound in their
 * direction (each true value lies beyond its bound, so the true mean lies beyond the mean computed with the
 * bounds), except that bounds the mean of the exact values already satisfies are consistent and the exact mean is
 * reported: (20, 30, &lt;100) → 24.5; (&lt;2, 8) → &lt;4; (&lt;1, &lt;10) → &lt;3.16; a mix of {@code <} and
 * {@code >} bounds that the exact values do not settle is undetermined. A combined value has a confidence interval
 * only when it comes from a single curve.
 */
public final class Selectivity {
    private Selectivity() {}

    /**
     * A potency entering a fold.
     *
     * @param qualifier how the true IC50 relates to {@code logIc50}
     * @param logIc50 log10 of the IC50 in mol/L (the bound for a qualified value); finite
     * @param logCiLow lower 95 % limit of log IC50; NaN when there is no interval
     * @param logCiHigh upper 95 % limit of log IC50; NaN when there is no interval
     * @param curves how many curves it comes from (≥ 1)
     */
    public record Potency(Qualifier qualifier, double logIc50, double logCiLow, double logCiHigh, int curves) {
        public Potency {
            Objects.requireNonNull(qualifier, "qualifier");
            if (!Double.isFinite(logIc50) || curves < 1) {
                throw new IllegalArgumentException(
                        "a potency needs a finite log IC50 and at least one curve; got " + logIc50 + ", " + curves);
            }
            if (Double.isNaN(logCiLow) != Double.isNaN(logCiHigh) || logCiLow > logIc50 || logCiHigh < logIc50) {
                throw new IllegalArgumentException("the interval [" + logCiLow + ", " + logCiHigh
                        + "] must be absent (both NaN) or contain the log IC50 " + logIc50);
            }
        }

        /** An exact or qualified potency without interval, from one curve. */
        public static Potency of(Qualifier qualifier, double logIc50) {
            return new Potency(qualifier, logIc50, Double.NaN, Double.NaN, 1);
        }

        /** The reported potency of a fit; empty when the fit has no IC50 at all. */
        public static Optional<Potency> of(CurveResult result) {
            if (Double.isNaN(result.reportedLogIc50())) {
                return Optional.empty();
            }
            boolean ci = result.qualifier() == Qualifier.EQUAL && result.hasConfidenceInterval();
            return Optional.of(new Potency(
                    result.qualifier(),
                    result.reportedLogIc50(),
                    ci ? result.logIc50CiLow() : Double.NaN,
                    ci ? result.logIc50CiHigh() : Double.NaN,
                    1));
        }

        /** The IC50 in mol/L. */
        public double ic50Molar() {
            return Math.pow(10, logIc50);
        }

        /** True when the interval is defined. */
        public boolean hasConfidenceInterval() {
            return !Double.isNaN(logCiLow);
        }
    }

    /**
     * A fold IC50(off-target) / IC50(target).
     *
     * @param qualifier how the true fold relates to the value
     * @param log10Fold log10 of the fold
     * @param log10CiLow lower 95 % limit of log10 fold; NaN when undefined
     * @param log10CiHigh upper 95 % limit of log10 fold; NaN when undefined
     */
    public record Fold(Qualifier qualifier, double log10Fold, double log10CiLow, double log10CiHigh) {
        public Fold {
            Objects.requireNonNull(qualifier, "qualifier");
            if (!Double.isFinite(log10Fold)) {
                throw new IllegalArgumentException("a fold must be finite; got 10^" + log10Fold);
            }
        }

        /** The fold. */
        public double value() {
            return Math.pow(10, log10Fold);
        }

        /** Lower 95 % limit of the fold; NaN when undefined. */
        public double ciLow() {
            return Math.pow(10, log10CiLow);
        }

        /** Upper 95 % limit of the fold; NaN when undefined. */
        public double ciHigh() {
            return Math.pow(10, log10CiHigh);
        }

        /** True when the interval is defined. */
        public boolean hasConfidenceInterval() {
            return !Double.isNaN(log10CiLow) && !Double.isNaN(log10CiHigh);
        }
    }

    /**
     * The fold of an off-target over the target.
     *
     * @return empty when the qualifiers conflict ({@code >}/{@code >} or {@code <}/{@code <}): undetermined
     */
    public static Optional<Fold> fold(Potency offTarget, Potency target) {
        Optional<Qualifier> qualifier = foldQualifier(offTarget.qualifier(), target.qualifier());
        if (qualifier.isEmpty()) {
            return Optional.empty();
        }
        double log = offTarget.logIc50() - target.logIc50();
        if (qualifier.get() != Qualifier.EQUAL
                || !offTarget.hasConfidenceInterval()
                || !target.hasConfidenceInterval()) {
            return Optional.of(new Fold(qualifier.get(), log, Double.NaN, Double.NaN));
        }
        double down = Math.hypot(offTarget.logIc50() - offTarget.logCiLow(), target.logCiHigh() - target.logIc50());
        double up = Math.hypot(offTarget.logCiHigh() - offTarget.logIc50(), target.logIc50() - target.logCiLow());
        return Optional.of(new Fold(Qualifier.EQUAL, log, log - down, log + up));
    }

    /** The qualifier algebra of the class comment; empty when undetermined. */
    public static Optional<Qualifier> foldQualifier(Qualifier offTarget, Qualifier target) {
        int off = direction(offTarget);
        int on = -direction(target); // a bound on the denominator pushes the ratio the other way
        if (off != 0 && on != 0 && off != on) {
            return Optional.empty();
        }
        if (off == 0 && on == 0) {
            return Optional.of(Qualifier.EQUAL);
        }
        return Optional.of((off != 0 ? off : on) > 0 ? Qualifier.GREATER_THAN : Qualifier.LESS_THAN);
    }

    /**
     * Combines the potencies of several curves of one compound in one assay (rules in the class comment).
     *
     * @return empty for an empty list or when the bounds conflict (undetermined)
     */
    public static Optional<Potency> combine(List<Potency> potencies) {
        if (potencies.size() <= 1) {
            return potencies.stream().findFirst();
        }
        int n = potencies.size();
        double[] exact = potencies.stream()
                .filter(p -> p.qualifier() == Qualifier.EQUAL)
                .mapToDouble(Potency::logIc50)
                .toArray();
        if (exact.length > 0) {
            double exactMean = mean(exact);
            boolean consistent = potencies.stream()
                    .allMatch(p -> direction(p.qualifier()) * Double.compare(exactMean, p.logIc50()) >= 0);
            if (consistent) {
                return Optional.of(new Potency(Qualifier.EQUAL, exactMean, Double.NaN, Double.NaN, n));
            }
        }
        boolean below = potencies.stream().anyMatch(p -> p.qualifier() == Qualifier.LESS_THAN);
        boolean above = potencies.stream().anyMatch(p -> p.qualifier() == Qualifier.GREATER_THAN);
        if (below && above) {
            return Optional.empty();
        }
        double mean = mean(potencies.stream().mapToDouble(Potency::logIc50).toArray());
        return Optional.of(
                new Potency(below ? Qualifier.LESS_THAN : Qualifier.GREATER_THAN, mean, Double.NaN, Double.NaN, n));
    }

    private static int direction(Qualifier qualifier) {
        return switch (qualifier) {
            case EQUAL -> 0;
            case LESS_THAN -> -1;
            case GREATER_THAN -> 1;
        };
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }
}
