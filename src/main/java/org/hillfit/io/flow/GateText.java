/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.flow;

/** Number formatting for gate descriptions. */
final class GateText {
    private GateText() {}

    static String range(double min, double max) {
        if (Double.isInfinite(min) && Double.isInfinite(max)) {
            return "any";
        }
        if (Double.isInfinite(min)) {
            return "< " + number(max);
        }
        if (Double.isInfinite(max)) {
            return "≥ " + number(min);
        }
        return number(min) + "–" + number(max);
    }

    /** Four significant digits, plain notation. */
    static String number(double v) {
        if (v == 0) {
            return "0";
        }
        if (!Double.isFinite(v)) {
            return String.valueOf(v);
        }
        return new java.math.BigDecimal(v)
                .round(new java.math.MathContext(4))
                .stripTrailingZeros()
                .toPlainString();
    }
}
