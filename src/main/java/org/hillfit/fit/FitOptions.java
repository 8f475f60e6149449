/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.fit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How curves are fitted and judged. Immutable; build one with {@link #builder()} or derive it from a preset with
 * {@link #toBuilder()} (like Commons CSV's {@code CSVFormat}). Every rule that involves several settings is checked
 * in one place, the constructor, which names the settings that clash.
 *
 * @param model 4PL or 5PL
 * @param bottom constraint on Bottom (response units), e.g. fixed 0 or ≥ −20
 * @param top constraint on Top (response units), e.g. fixed 100 or ≤ 120; Top is the upper plateau
 * @param hill constraint on |Hill| (the sign follows the data), e.g. fixed 1 for the 3PL
 * @param weighting none, 1/Y² or 1/Y (from the curve, as Prism)
 * @param robust robust fitting (Huber or bisquare); needs equal weights
 * @param outlierQ false discovery rate Q of the ROUT-like outlier test as a fraction (0.01 = 1 %), or 0 for none;
 *     detected points are masked and reported
 * @param inactiveSpanPercent a change of the fitted curve over the tested doses below this (response units, % for
 *     normalised data) means inactive; 0 turns the rule off
 * @param inactiveAlpha a 4PL-versus-flat extra-sum-of-squares F test with p above this means inactive
 * @param hillLow |Hill| below this is flagged {@code hill_out_of_range}
 * @param hillHigh |Hill| above this is flagged {@code hill_out_of_range}
 * @param controlWindow the control levels of normalised data (0 and 100 %); empty for raw signals, which turns off
 *     the rules that need them (window, anchoring, flat-at-full-effect, absolute IC50)
 * @param ciMethod asymptotic or profile-likelihood interval of LogIC50
 * @param confidenceLevel level of the intervals, e.g. 0.95
 */
public record FitOptions(
        CurveModel model,
        ParameterConstraint bottom,
        ParameterConstraint top,
        ParameterConstraint hill,
        Weighting weighting,
        RobustMethod robust,
        double outlierQ,
        double inactiveSpanPercent,
        double inactiveAlpha,
        double hillLow,
        double hillHigh,
        Optional<ControlWindow> controlWindow,
        CiMethod ciMethod,
        double confidenceLevel) {

    /**
     * Prism-like defaults: free 4PL, ordinary least squares, no outlier removal, inactive when the span is under 20
     * % or the F test against a flat line gives p > 0.05, Hill flagged outside 0.3–5, % inhibition window 0–100,
     * asymptotic 95 % intervals.
     */
    public static final FitOptions DEFAULT = new Builder().build();

    /** 3PL with the standard slope: |Hill| fixed at 1 (+1 for rising data, −1 for falling). */
    public static final FitOptions HILL_FIXED_AT_ONE =
            DEFAULT.toBuilder().hill(ParameterConstraint.fixed(1)).build();

    /** 3PL with Bottom fixed at 0. */
    public static final FitOptions BOTTOM_FIXED_AT_ZERO =
            DEFAULT.toBuilder().bottom(ParameterConstraint.fixed(0)).build();

    /** 4PL with the plateaus fixed at the controls: Bottom = 0, Top = 100. */
    public static final FitOptions PLATEAUS_FIXED_AT_CONTROLS = DEFAULT.toBuilder()
            .bottom(ParameterConstraint.fixed(0))
            .top(ParameterConstraint.fixed(100))
            .build();

    /** 4PL with plausible plateaus: Bottom ≥ −20, Top ≤ 120. */
    public static final FitOptions PLATEAUS_BOUNDED = DEFAULT.toBuilder()
            .bottom(ParameterConstraint.atLeast(-20))
            .top(ParameterConstraint.atMost(120))
            .build();

    /** The asymmetric 5PL. */
    public static final FitOptions FIVE_PL =
            DEFAULT.toBuilder().model(CurveModel.FIVE_PL).build();

    /** Robust (bisquare) 4PL. */
    public static final FitOptions ROBUST =
            DEFAULT.toBuilder().robust(RobustMethod.BISQUARE).build();

    /** 4PL with ROUT-like outlier removal at Q = 1 %. */
    public static final FitOptions EXCLUDE_OUTLIERS =
            DEFAULT.toBuilder().outlierQ(0.01).build();

    /**
     * Raw (not normalised) responses: no control window, and no absolute span rule (a span in signal units means
     * nothing across assays), so only the F test decides activity.
     */
    public static final FitOptions RAW_SIGNAL = DEFAULT.toBuilder()
            .controlWindow(Optional.empty())
            .inactiveSpanPercent(0)
            .build();

    /**
     * @throws IllegalArgumentException naming every setting that is out of range or clashes with another
     */
    public FitOptions {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(bottom, "bottom");
        Objects.requireNonNull(top, "top");
        Objects.requireNonNull(hill, "hill");
        Objects.requireNonNull(weighting, "weighting");
        Objects.requireNonNull(robust, "robust");
        Objects.requireNonNull(controlWindow, "controlWindow");
        Objects.requireNonNull(ciMethod, "ciMethod");
        List<String> problems = new ArrayList<>();
        validate(problems, bottom, top, hill);
        if (!(outlierQ >= 0 && outlierQ <= 0.1)) {
            problems.add("the outlier Q must be 0 (off) or a fraction up to 0.1; got " + outlierQ);
        }
        if (!(inactiveSpanPercent >= 0) || !Double.isFinite(inactiveSpanPercent)) {
            problems.add("the inactive span must be finite and ≥ 0; got " + inactiveSpanPercent);
        }
        if (!(inactiveAlpha > 0 && inactiveAlpha < 1)) {
            problems.add("the inactive alpha must be in (0, 1); got " + inactiveAlpha);
        }
        if (!(hillLow > 0 && hillLow < hillHigh) || !Double.isFinite(hillHigh)) {
            problems.add("the Hill range needs 0 < low < high; got " + hillLow + " to " + hillHigh);
        }
        if (!(confidenceLevel > 0.5 && confidenceLevel < 1)) {
            problems.add("the confidence level must be in (0.5, 1); got " + confidenceLevel);
        }
        if (robust != RobustMethod.NONE && weighting != Weighting.NONE) {
            problems.add("robust fitting (" + robust + ") assumes equal weights, but weighting is " + weighting
                    + "; choose one of them");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid fit options: " + String.join("; ", problems));
        }
    }

    private static void validate(
            List<String> problems, ParameterConstraint bottom, ParameterConstraint top, ParameterConstraint hill) {
        if (hill.isFixed() && !(hill.lower() > 0)) {
            problems.add("a fixed Hill slope fixes |Hill| and must be > 0; got " + hill.lower());
        }
        if (hill.kind() == ParameterConstraint.Kind.BOUNDED && !(hill.lower() >= 0 && hill.upper() > 0)) {
            problems.add("Hill bounds apply to |Hill| and need 0 ≤ lower, upper > 0; got " + hill.describe());
        }
        if (top.upper() <= bottom.lower() && !(top.isFree() || bottom.isFree())) {
            problems.add("Top (the upper plateau) must be able to exceed Bottom; got Top " + top.describe()
                    + " and Bottom " + bottom.describe());
        }
    }

    /**
     * These options in a few words, for the audit trail and the screen: the model, then only what differs from
     * {@link #DEFAULT} ("4PL, Hill fixed at 1", "4PL, Bottom ≥ −20, Top ≤ 120", "4PL, all parameters free").
     */
    public String describe() {
        return FitOptionsText.describe(this);
    }

    /** A builder with these settings. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** A builder with the {@link #DEFAULT} settings. */
    public static Builder builder() {
        return new Builder();
    }

    /** Number of parameters estimated (the model's minus the fixed ones). */
    public int freeParameterCount() {
        int fixed = (bottom.isFixed() ? 1 : 0) + (top.isFixed() ? 1 : 0) + (hill.isFixed() ? 1 : 0);
        return model.parameterCount() - fixed;
    }

    /** Mutable builder of {@link FitOptions}; {@link #build()} validates. */
    public static final class Builder {
        private CurveModel model = CurveModel.FOUR_PL;
        private ParameterConstraint bottom = ParameterConstraint.free();
        private ParameterConstraint top = ParameterConstraint.free();
        private ParameterConstraint hill = ParameterConstraint.free();
        private Weighting weighting = Weighting.NONE;
        private RobustMethod robust = RobustMethod.NONE;
        private double outlierQ;
        private double inactiveSpanPercent = 20;
        private double inactiveAlpha = 0.05;
        private double hillLow = 0.3;
        private double hillHigh = 5;
        private Optional<ControlWindow> controlWindow = Optional.of(ControlWindow.PERCENT);
        private CiMethod ciMethod = CiMethod.ASYMPTOTIC;
        private double confidenceLevel = 0.95;

        private Builder() {}

        private Builder(FitOptions o) {
            model = o.model;
            bottom = o.bottom;
            top = o.top;
            hill = o.hill;
            weighting = o.weighting;
            robust = o.robust;
            outlierQ = o.outlierQ;
            inactiveSpanPercent = o.inactiveSpanPercent;
            inactiveAlpha = o.inactiveAlpha;
            hillLow = o.hillLow;
            hillHigh = o.hillHigh;
            controlWindow = o.controlWindow;
            ciMethod = o.ciMethod;
            confidenceLevel = o.confidenceLevel;
        }

        /** The curve family. */
        public Builder model(CurveModel value) {
            model = value;
            return this;
        }

        /** Constraint on Bottom. */
        public Builder bottom(ParameterConstraint value) {
            bottom = value;
            return this;
        }

        /** Constraint on Top. */
        public Builder top(ParameterConstraint value) {
            top = value;
            return this;
        }

        /** Constraint on |Hill|; the sign follows the data. */
        public Builder hill(ParameterConstraint value) {
            hill = value;
            return this;
        }

        /** Residual weighting. */
        public Builder weighting(Weighting value) {
            weighting = value;
            return this;
        }

        /** Robust fitting. */
        public Builder robust(RobustMethod value) {
            robust = value;
            return this;
        }

        /** ROUT-like outlier removal at this Q (fraction, e.g. 0.01); 0 for none. */
        public Builder outlierQ(double value) {
            outlierQ = value;
            return this;
        }

        /** Span (response units) under which a curve is inactive; 0 for no span rule. */
        public Builder inactiveSpanPercent(double value) {
            inactiveSpanPercent = value;
            return this;
        }

        /** Significance level of the F test against the flat line. */
        public Builder inactiveAlpha(double value) {
            inactiveAlpha = value;
            return this;
        }

        /** The |Hill| range that is not flagged. */
        public Builder hillRange(double low, double high) {
            hillLow = low;
            hillHigh = high;
            return this;
        }

        /** Control levels of normalised data; empty for raw signals. */
        public Builder controlWindow(Optional<ControlWindow> value) {
            controlWindow = value;
            return this;
        }

        /** Interval method for LogIC50. */
        public Builder ciMethod(CiMethod value) {
            ciMethod = value;
            return this;
        }

        /** Confidence level of the intervals, in (0.5, 1). */
        public Builder confidenceLevel(double value) {
            confidenceLevel = value;
            return this;
        }

        /**
         * The options.
         *
         * @throws IllegalArgumentException naming every invalid setting
         */
        public FitOptions build() {
            return new FitOptions(
                    model,
                    bottom,
                    top,
                    hill,
                    weighting,
                    robust,
                    outlierQ,
                    inactiveSpanPercent,
                    inactiveAlpha,
                    hillLow,
                    hillHigh,
                    controlWindow,
                    ciMethod,
                    confidenceLevel);
        }
    }
}
