/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** How numbers are written to text outputs (CSV, tables). One place, so every output agrees. */
public final class NumberText {
    private NumberText() {}

    /**
     * A number rounded to {@code significant} digits in plain decimal notation without trailing zeros
     * ("12.35", "0.0001235", "123500"), in scientific notation beyond 1e15 or below 1e-12 ("2.5E+307"); "" for NaN
     * or infinity.
     */
    public static String significant(double value, int significant) {
        if (!Double.isFinite(value)) {
            return "";
        }
        if (value == 0) {
            return "0";
        }
        BigDecimal rounded = new BigDecimal(value)
                .round(new MathContext(significant, RoundingMode.HALF_EVEN))
                .stripTrailingZeros();
        double magnitude = Math.abs(rounded.doubleValue());
        // plain digits for every real measurement; a wild fit's 1e300 as "1E+300" rather than 301 digits
        return magnitude >= 1e15 || magnitude < 1e-12 ? rounded.toString() : rounded.toPlainString();
    }

    /** A number with a fixed number of decimals ("7.352"), trailing zeros removed; "" for NaN or infinity. */
    public static String decimals(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return "";
        }
        BigDecimal rounded =
                new BigDecimal(value).setScale(decimals, RoundingMode.HALF_EVEN).stripTrailingZeros();
        String text = rounded.toPlainString();
        return text.equals("-0") ? "0" : text;
    }
}
