/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.fit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** {@link FitOptions} in a few words ("4PL, Hill fixed at 1"): the model, then only what differs from the default. */
final class FitOptionsText {
    private FitOptionsText() {}

    static String describe(FitOptions o) {
        FitOptions d = FitOptions.DEFAULT;
        List<String> parts = new ArrayList<>();
        constraint(parts, "Bottom", o.bottom());
        constraint(parts, "Top", o.top());
        constraint(parts, "Hill", o.hill());
        if (o.weighting() != Weighting.NONE) {
            parts.add(o.weighting() == Weighting.INVERSE_Y ? "weighted 1/Y" : "weighted 1/Y²");
        }
        if (o.robust() != RobustMethod.NONE) {
            parts.add("robust (" + o.robust().name().toLowerCase(Locale.ROOT) + ")");
        }
        if (o.outlierQ() > 0) {
            parts.add("outliers removed (Q = " + number(o.outlierQ() * 100) + " %)");
        }
        if (o.controlWindow().isEmpty()) {
            parts.add("raw signal");
        }
        if (o.inactiveSpanPercent() != d.inactiveSpanPercent()) {
            parts.add(
                    o.inactiveSpanPercent() == 0
                            ? "no span rule for inactive"
                            : "inactive below a " + number(o.inactiveSpanPercent()) + " % span");
        }
        if (o.inactiveAlpha() != d.inactiveAlpha()) {
            parts.add("inactive when the flat-line test gives p > " + number(o.inactiveAlpha()));
        }
        if (o.hillLow() != d.hillLow() || o.hillHigh() != d.hillHigh()) {
            parts.add("Hill flagged outside " + number(o.hillLow()) + "–" + number(o.hillHigh()));
        }
        if (o.ciMethod() != d.ciMethod() || o.confidenceLevel() != d.confidenceLevel()) {
            parts.add(number(o.confidenceLevel() * 100) + " % CI"
                    + (o.ciMethod() == CiMethod.PROFILE_LIKELIHOOD ? " by profile likelihood" : ""));
        }
        String model = o.model() == CurveModel.FIVE_PL ? "5PL" : "4PL";
        return parts.isEmpty() ? model + ", all parameters free" : model + ", " + String.join(", ", parts);
    }

    private static void constraint(List<String> parts, String name, ParameterConstraint c) {
        switch (c.kind()) {
            case FREE -> {}
            case FIXED -> parts.add(name + " fixed at " + number(c.lower()));
            case BOUNDED -> {
                boolean low = Double.isFinite(c.lower());
                boolean high = Double.isFinite(c.upper());
                if (low && high) {
                    parts.add(name + " " + number(c.lower()) + " to " + number(c.upper()));
                } else {
                    parts.add(low ? name + " ≥ " + number(c.lower()) : name + " ≤ " + number(c.upper()));
                }
            }
        }
    }

    /** "1", "-20", "0.01": the shortest plain form, a true minus sign for negatives. */
    static String number(double value) {
        String plain = BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        return plain.startsWith("-") ? "−" + plain.substring(1) : plain;
    }
}
