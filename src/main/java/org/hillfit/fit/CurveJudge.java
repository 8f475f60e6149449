/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.fit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns a fit into a verdict a scientist can act on. Rules, in order:
 *
 * <ol>
 *   <li><b>Inactive</b>: the F test against a flat line gives p &gt; alpha, or the fitted curve changes by less than
 *       the inactive span across the tested doses → {@code inactive}, {@code >} the top dose. Exception with a
 *       control window: flat data at full effect (mean within the window tolerance of the 100 % control) are fully
 *       active at every dose → {@code partial}, {@code <} the lowest dose, flags {@code active_at_all_doses},
 *       {@code ic50_below_range}; flat data between the controls (more than the tolerance from both) → {@code
 *       flagged}, no IC50, {@code flat_intermediate_response}. Bell-shaped data that no sigmoid describes (the
 *       direction taken from the data) → {@code flagged}, no IC50, {@code bell_shape}.
 *   <li><b>Out of range</b>: a fitted LogIC50 above the top dose → {@code >} the top dose, {@code ic50_above_range};
 *       below the lowest → {@code <}, {@code ic50_below_range}; status {@code partial}. No extrapolated number.
 *   <li><b>Ambiguous</b> ({@link Uncertainty#isAmbiguous()}, or a plateau/Hill on a sanity limit) → {@code
 *       ambiguous_fit}, status {@code ambiguous}; no confidence interval.
 *   <li><b>Partial</b>: with a window, a plateau more than the tolerance away from its control level → {@code
 *       asymptote_outside_window}. Sebaugh (2011): on each side, the tested concentrations beyond the bend point
 *       LogIC50 ± log10(4.6805)/|Hill| are counted; a plateau that is neither fixed nor anchored by the controls
 *       (within half the tolerance) with none beyond its bend → {@code partial_curve}, with one → {@code
 *       few_points_beyond_bend}. The first two make the status {@code partial}.
 *   <li><b>Flags</b> that make an otherwise ok curve {@code flagged}: {@code hill_out_of_range}, {@code bell_shape}
 *       ({@link ShapeCheck}), {@code few_points_beyond_bend}, {@code not_converged}, {@code outlier_masked}, {@code
 *       non_finite_excluded}. {@code zero_concentration_excluded} is informational.
 * </ol>
 */
final class CurveJudge {
    /** Sebaugh &amp; McCray's bend-point constant for the 4PL. */
    static final double BEND = 4.6805;
    /** Bit of the lower plateau in {@link #plateausBeyondBend}. */
    static final int LOWER = 1;
    /** Bit of the upper plateau in {@link #plateausBeyondBend}. */
    static final int UPPER = 2;

    private CurveJudge() {}

    static Verdict judge(FittedCurve fit) {
        List<String> flags = new ArrayList<>(fit.points().flags);
        if (isInactive(fit)) {
            return inactive(fit, flags);
        }
        CurvePoints points = fit.points();
        CurveStatus status = CurveStatus.OK;
        Qualifier qualifier = Qualifier.EQUAL;
        double reported = fit.logIc50();
        if (reported > points.maxX()) {
            qualifier = Qualifier.GREATER_THAN;
            reported = points.maxX();
            flags.add("ic50_above_range");
            status = CurveStatus.PARTIAL;
        } else if (reported < points.minX()) {
            qualifier = Qualifier.LESS_THAN;
            reported = points.minX();
            flags.add("ic50_below_range");
            status = CurveStatus.PARTIAL;
        }
        boolean ambiguous = fit.uncertainty().isAmbiguous() || fit.atSanityLimit();
        if (ambiguous) {
            flags.add("ambiguous_fit");
            status = status == CurveStatus.OK ? CurveStatus.AMBIGUOUS : status;
        }
        if (qualifier == Qualifier.EQUAL && partial(fit, flags) && status == CurveStatus.OK) {
            status = CurveStatus.PARTIAL;
        }
        otherFlags(fit, flags);
        if (status == CurveStatus.OK && flags.stream().anyMatch(f -> !f.equals("zero_concentration_excluded"))) {
            status = CurveStatus.FLAGGED;
        }
        boolean interval = qualifier == Qualifier.EQUAL && !ambiguous;
        return new Verdict(status, qualifier, reported, interval, flags);
    }

    static boolean isInactive(FittedCurve fit) {
        for (double v : fit.params()) {
            if (!Double.isFinite(v)) {
                return true;
            }
        }
        return !(fit.flatPValue() <= fit.options().inactiveAlpha())
                || fit.changeInRange() < fit.options().inactiveSpanPercent();
    }

    private static Verdict inactive(FittedCurve fit, List<String> flags) {
        CurvePoints points = fit.points();
        if (ShapeCheck.isBellShapedData(fit)) {
            flags.add("bell_shape");
            return new Verdict(CurveStatus.FLAGGED, Qualifier.EQUAL, Double.NaN, false, flags, true);
        }
        Optional<ControlWindow> window = fit.options().controlWindow();
        if (window.isPresent()) {
            ControlWindow w = window.get();
            double mean = 0;
            for (int i = 0; i < points.n; i++) {
                mean += points.y[i];
            }
            mean /= points.n;
            if (mean >= w.high() - w.tolerance()) {
                flags.add("active_at_all_doses");
                flags.add("ic50_below_range");
                return new Verdict(CurveStatus.PARTIAL, Qualifier.LESS_THAN, points.minX(), false, flags, true);
            }
            if (mean > w.low() + w.tolerance()) {
                flags.add("flat_intermediate_response");
                return new Verdict(CurveStatus.FLAGGED, Qualifier.EQUAL, Double.NaN, false, flags, true);
            }
        }
        flags.add("inactive");
        return new Verdict(CurveStatus.INACTIVE, Qualifier.GREATER_THAN, points.maxX(), false, flags, true);
    }

    /** Adds the window and Sebaugh flags; true when the curve is partial. */
    private static boolean partial(FittedCurve fit, List<String> flags) {
        Optional<ControlWindow> window = fit.options().controlWindow();
        double upper = Math.max(fit.bottom(), fit.top());
        double lower = Math.min(fit.bottom(), fit.top());
        boolean outside = window.isPresent()
                && (Math.abs(upper - window.get().high()) > window.get().tolerance()
                        || Math.abs(lower - window.get().low()) > window.get().tolerance());
        int unreached = plateausBeyondBend(fit, 0);
        int few = plateausBeyondBend(fit, 1);
        if (outside) {
            flags.add("asymptote_outside_window");
        }
        if (unreached != 0) {
            flags.add("partial_curve");
        }
        if (few != 0) {
            flags.add("few_points_beyond_bend");
        }
        return outside || unreached != 0;
    }

    /**
     * The plateaus, neither fixed nor anchored by the controls, with exactly {@code count} tested concentrations
     * beyond their bend point (0: not reached): bit {@link #LOWER} for the lower plateau, {@link #UPPER} for the
     * upper one.
     */
    static int plateausBeyondBend(FittedCurve fit, int count) {
        double offset = StrictMath.log10(BEND) / Math.abs(fit.hill());
        int belowBend = 0;
        int aboveBend = 0;
        double[] x = fit.points().x;
        for (int i = 0; i < fit.points().n; i++) {
            boolean first = i == 0 || x[i] != x[i - 1];
            belowBend += first && x[i] < fit.logIc50() - offset ? 1 : 0;
            aboveBend += first && x[i] > fit.logIc50() + offset ? 1 : 0;
        }
        int mask = 0;
        for (int side = 0; side < 2; side++) {
            boolean lowDoseSide = side == 0;
            double plateau = lowDoseSide ? fit.lowDosePlateau() : fit.highDosePlateau();
            int beyond = lowDoseSide ? belowBend : aboveBend;
            if (beyond == count && !anchored(fit, plateau, fit.options().controlWindow())) {
                mask |= plateau == Math.max(fit.bottom(), fit.top()) ? UPPER : LOWER;
            }
        }
        return mask;
    }

    /** True when a plateau is fixed by a constraint or lies within half the tolerance of its control level. */
    private static boolean anchored(FittedCurve fit, double plateau, Optional<ControlWindow> window) {
        boolean isBottom = plateau == fit.bottom();
        ParameterConstraint constraint =
                isBottom ? fit.options().bottom() : fit.options().top();
        if (constraint.isFixed()) {
            return true;
        }
        if (window.isEmpty()) {
            return false;
        }
        ControlWindow w = window.get();
        double level = plateau == Math.max(fit.bottom(), fit.top()) ? w.high() : w.low();
        return Math.abs(plateau - level) <= 0.5 * w.tolerance();
    }

    private static void otherFlags(FittedCurve fit, List<String> flags) {
        double hill = Math.abs(fit.hill());
        if (hill < fit.options().hillLow() || hill > fit.options().hillHigh()) {
            flags.add("hill_out_of_range");
        }
        if (ShapeCheck.isBellShaped(fit)) {
            flags.add("bell_shape");
        }
        if (!fit.convergence().isConverged()) {
            flags.add("not_converged");
        }
        if (fit.outliersMasked()) {
            flags.add("outlier_masked");
        }
    }
}
