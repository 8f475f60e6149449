/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.fit;

/**
 * The box the parameters live in: the user's constraints ({@link FitOptions}) intersected with sanity limits that
 * keep the iteration away from regions where the curve stops depending on a parameter. Sanity limits (in scaled
 * units): plateaus within 10 data ranges of the data's middle, LogIC50 within 6 decades of the tested range, |Hill|
 * ≤ 100 (for the 5PL with the sign of the data's direction), 5PL asymmetry in [0.02, 50]. A fit ending on a sanity limit (other than LogIC50's, which the range
 * qualifiers handle) is not trusted: the fitter restarts, and the judge calls it ambiguous.
 */
final class ParameterValidator {
    static final double PLATEAU_LIMIT = 10;
    static final double LOG_IC50_MARGIN = 6;
    static final double HILL_LIMIT = 100;
    static final double ASYMMETRY_MIN = 0.02;
    static final double ASYMMETRY_MAX = 50;

    private ParameterValidator() {}

    /**
     * The bounds of one fit.
     *
     * @param lower lowest value per parameter (scaled)
     * @param upper highest value per parameter (scaled)
     * @param free estimated parameters
     * @param sanityLower true where the lower bound is a sanity limit rather than the user's
     * @param sanityUpper true where the upper bound is a sanity limit rather than the user's
     */
    record Box(double[] lower, double[] upper, boolean[] free, boolean[] sanityLower, boolean[] sanityUpper) {}

    /**
     * The box for a fit whose Hill slope has the sign of {@code direction} when |Hill| is constrained (ignored for a
     * free Hill slope).
     */
    static Box box(FitOptions options, Scaling scaling, double xMin, double xMax, int direction) {
        int np = options.model().parameterCount();
        Box box = new Box(new double[np], new double[np], new boolean[np], new boolean[np], new boolean[np]);
        plateau(box, SigmoidModel.BOTTOM, options.bottom(), scaling);
        plateau(box, SigmoidModel.TOP, options.top(), scaling);
        set(box, SigmoidModel.LOG_IC50, xMin - LOG_IC50_MARGIN, xMax + LOG_IC50_MARGIN, true, true, true);
        hill(box, options.hill(), direction, np == 5);
        if (np == 5) {
            set(box, SigmoidModel.ASYMMETRY, ASYMMETRY_MIN, ASYMMETRY_MAX, true, true, true);
        }
        return box;
    }

    private static void plateau(Box box, int j, ParameterConstraint c, Scaling scaling) {
        if (c.isFixed()) {
            double v = scaling.toInternalY(c.lower());
            set(box, j, v, v, false, false, false);
            return;
        }
        double userLower = c.isFree() ? Double.NEGATIVE_INFINITY : scaling.toInternalY(c.lower());
        double userUpper = c.isFree() ? Double.POSITIVE_INFINITY : scaling.toInternalY(c.upper());
        double lo = Math.max(userLower, -PLATEAU_LIMIT);
        double hi = Math.min(userUpper, PLATEAU_LIMIT);
        if (lo > hi) {
            // the user's bound lies beyond the sanity limit: the user wins
            lo = Math.min(userLower, userUpper);
            hi = Math.max(userLower, userUpper);
        }
        set(box, j, lo, hi, true, lo != userLower, hi != userUpper);
    }

    private static void hill(Box box, ParameterConstraint c, int direction, boolean signed) {
        int j = SigmoidModel.HILL;
        if (c.isFree() && signed) {
            set(box, j, direction > 0 ? 0 : -HILL_LIMIT, direction > 0 ? HILL_LIMIT : 0, true, true, true);
            return;
        }
        if (c.isFree()) {
            set(box, j, -HILL_LIMIT, HILL_LIMIT, true, true, true);
            return;
        }
        double lo = c.lower();
        double hi = Math.min(c.upper(), HILL_LIMIT);
        boolean sanityHigh = c.upper() > HILL_LIMIT;
        if (c.isFixed()) {
            double v = direction * lo;
            set(box, j, v, v, false, false, false);
        } else if (direction > 0) {
            set(box, j, lo, hi, true, false, sanityHigh);
        } else {
            set(box, j, -hi, -lo, true, sanityHigh, false);
        }
    }

    private static void set(Box box, int j, double lo, double hi, boolean free, boolean sanityLo, boolean sanityHi) {
        box.lower[j] = lo;
        box.upper[j] = hi;
        box.free[j] = free;
        box.sanityLower[j] = sanityLo;
        box.sanityUpper[j] = sanityHi;
    }

    /** True when a plateau, the Hill slope or the asymmetry ends on a sanity limit. */
    static boolean atSanityLimit(double[] p, Box box) {
        for (int j = 0; j < p.length; j++) {
            if (j == SigmoidModel.LOG_IC50 || !box.free[j]) {
                continue;
            }
            if ((box.sanityLower[j] && p[j] <= box.lower[j]) || (box.sanityUpper[j] && p[j] >= box.upper[j])) {
                return true;
            }
        }
        return false;
    }

    /** True when parameter j sits on either bound (its standard error is then not defined). */
    static boolean onBound(double[] p, Box box, int j) {
        return box.free[j] && (p[j] <= box.lower[j] || p[j] >= box.upper[j]);
    }
}
