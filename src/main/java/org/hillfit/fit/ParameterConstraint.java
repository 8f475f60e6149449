/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.fit;

import java.util.Locale;
import java.util.Objects;

/**
 * A constraint on one curve parameter: free, fixed at a value, or bounded. Bounds may be one-sided (an infinite
 * end). For the Hill slope, the constraint applies to its magnitude |Hill|: the sign follows the direction of the
 * data (the fitter tries both and keeps the better fit), so "Hill fixed at 1" is Prism's standard slope for rising
 * and falling curves alike.
 *
 * @param kind free, fixed or bounded
 * @param lower lowest allowed value (−∞ when free; the value when fixed)
 * @param upper highest allowed value (+∞ when free; the value when fixed)
 */
public record ParameterConstraint(Kind kind, double lower, double upper) {

    /** The three kinds. */
    public enum Kind {
        /** Estimated without bounds (the fitter's own sanity limits still apply). */
        FREE,
        /** Not estimated. */
        FIXED,
        /** Estimated within [lower, upper]. */
        BOUNDED
    }

    private static final ParameterConstraint FREE =
            new ParameterConstraint(Kind.FREE, -Double.MAX_VALUE, Double.MAX_VALUE);

    public ParameterConstraint {
        Objects.requireNonNull(kind, "kind");
        boolean ok =
                switch (kind) {
                    case FREE -> true;
                    case FIXED -> Double.isFinite(lower) && lower == upper;
                    case BOUNDED ->
                        !Double.isNaN(lower)
                                && !Double.isNaN(upper)
                                && lower <= upper
                                && (Double.isFinite(lower) || Double.isFinite(upper));
                };
        if (!ok) {
            throw new IllegalArgumentException(String.format(
                    Locale.ROOT,
                    "a %s constraint needs %s; got lower %s, upper %s",
                    kind.name().toLowerCase(Locale.ROOT),
                    kind == Kind.FIXED ? "one finite value" : "lower ≤ upper with at least one finite end",
                    lower,
                    upper));
        }
        if (kind == Kind.FREE) {
            lower = -Double.MAX_VALUE;
            upper = Double.MAX_VALUE;
        }
    }

    /** No constraint. */
    public static ParameterConstraint free() {
        return FREE;
    }

    /** Fixed at {@code value} (finite). */
    public static ParameterConstraint fixed(double value) {
        return new ParameterConstraint(Kind.FIXED, value, value);
    }

    /** At least {@code lower}, e.g. Bottom ≥ −20. */
    public static ParameterConstraint atLeast(double lower) {
        return new ParameterConstraint(Kind.BOUNDED, lower, Double.POSITIVE_INFINITY);
    }

    /** At most {@code upper}, e.g. Top ≤ 120. */
    public static ParameterConstraint atMost(double upper) {
        return new ParameterConstraint(Kind.BOUNDED, Double.NEGATIVE_INFINITY, upper);
    }

    /** Within [lower, upper]. */
    public static ParameterConstraint between(double lower, double upper) {
        return new ParameterConstraint(Kind.BOUNDED, lower, upper);
    }

    /** True when the parameter is not estimated. */
    public boolean isFixed() {
        return kind == Kind.FIXED;
    }

    /** True when the parameter is estimated without bounds. */
    public boolean isFree() {
        return kind == Kind.FREE;
    }

    /** A short text: "free", "fixed 100", "[-20, 120]". */
    public String describe() {
        return switch (kind) {
            case FREE -> "free";
            case FIXED -> "fixed " + lower;
            case BOUNDED -> "[" + lower + ", " + upper + "]";
        };
    }
}
