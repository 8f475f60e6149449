/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.report.chart;

import java.math.BigDecimal;
import java.math.MathContext;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;

/**
 * Tick labels of the log concentration axis: plain decimals ("0.01", "1", "10000"), or compact ones for thumbnails
 * ("1k", "10k"). Never scientific notation, never locale-dependent separators.
 */
final class ConcentrationTickFormat extends NumberFormat {
    private final boolean compact;

    ConcentrationTickFormat(boolean compact) {
        this.compact = compact;
    }

    @Override
    public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
        return toAppendTo.append(text(number));
    }

    @Override
    public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
        return toAppendTo.append(text(number));
    }

    @Override
    public Number parse(String source, ParsePosition parsePosition) {
        throw new UnsupportedOperationException("tick labels are not parsed");
    }

    String text(double value) {
        if (!Double.isFinite(value) || value <= 0) {
            return "";
        }
        if (compact && value >= 1000) {
            return plain(value / 1000) + "k";
        }
        return plain(value);
    }

    private static String plain(double value) {
        return new BigDecimal(value)
                .round(new MathContext(6))
                .stripTrailingZeros()
                .toPlainString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ConcentrationTickFormat f && f.compact == compact && super.equals(o);
    }

    @Override
    public int hashCode() {
        return Boolean.hashCode(compact);
    }
}
