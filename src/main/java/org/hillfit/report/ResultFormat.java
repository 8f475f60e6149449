/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.hillfit.fit.CurveResult;
import org.hillfit.fit.Qualifier;
import org.hillfit.plate.ConcentrationUnit;
import org.hillfit.result.Potency;
import org.hillfit.result.Selectivity;

/**
 * How results are shown to people: the one place that decides the text of an IC50, a pIC50, a confidence interval
 * or a fold, so the Excel report, chart labels and the workbench table always agree. IC50s have 3 significant
 * digits and their unit ("12.3 nM", "&gt;10000 nM"), pIC50s 2 decimals, intervals are "low–high" (en dash).
 * Stored numbers (CSV cells, Excel cell values) come from {@link ResultNumbers}, which keeps one more digit.
 */
public final class ResultFormat {
    /** Significant digits of displayed IC50s, intervals, Hill slopes and folds. */
    public static final int SIGNIFICANT_DIGITS = 3;

    private static final String EN_DASH = "\u2013";

    private ResultFormat() {}

    /**
     * The IC50 with its qualifier and unit: "12.3 nM", "&gt;10000 nM", "&lt;0.100 nM"; "" when there is none.
     *
     * @param unit the concentration unit to show
     */
    public static String ic50(CurveResult result, ConcentrationUnit unit) {
        String number = ic50Number(result, unit);
        return number.isEmpty() ? "" : prefix(result.qualifier()) + number + " " + unit.symbol();
    }

    /**
     * A potency with its qualifier and unit, as {@link #ic50}: "12.3 nM", "&gt;10000 nM" (e.g. the IC50 before or
     * after an edit in the audit trail).
     */
    public static String potency(Potency potency, ConcentrationUnit unit) {
        return prefix(potency.qualifier()) + significant(inUnit(potency.logMolar(), unit), SIGNIFICANT_DIGITS) + " "
                + unit.symbol();
    }

    /** The IC50 number alone in the unit, 3 significant digits, no qualifier: "12.3"; "" when there is none. */
    public static String ic50Number(CurveResult result, ConcentrationUnit unit) {
        return significant(inUnit(result.reportedLogIc50(), unit), SIGNIFICANT_DIGITS);
    }

    /**
     * The qualifier as shown next to a number: "" for "=", otherwise "&lt;" or "&gt;"; "" when there is no IC50.
     */
    public static String qualifier(CurveResult result) {
        return Double.isNaN(result.reportedLogIc50()) ? "" : prefix(result.qualifier());
    }

    /**
     * The pIC50 with 2 decimals and the qualifier turned round (an IC50 &gt;10 µM is a pIC50 &lt;5.00); "" when
     * there is no IC50.
     */
    public static String pIc50(CurveResult result) {
        if (Double.isNaN(result.reportedLogIc50())) {
            return "";
        }
        return prefix(flip(result.qualifier())) + decimals(-result.reportedLogIc50(), 2);
    }

    /** The 95 % confidence interval of the IC50 in the unit, "10.1–15.0"; "" when undefined. */
    public static String confidenceInterval(CurveResult result, ConcentrationUnit unit) {
        if (!result.hasConfidenceInterval()) {
            return "";
        }
        return range(inUnit(result.logIc50CiLow(), unit), inUnit(result.logIc50CiHigh(), unit));
    }

    /** "low–high" with 3 significant digits each. */
    public static String range(double low, double high) {
        return significant(low, SIGNIFICANT_DIGITS) + EN_DASH + significant(high, SIGNIFICANT_DIGITS);
    }

    /** The Hill slope with 3 significant digits, "" without a fit. */
    public static String hill(CurveResult result) {
        return result.parameters()
                .map(p -> significant(p.hillSlope(), SIGNIFICANT_DIGITS))
                .orElse("");
    }

    /** R² with 3 decimals ("0.995"); "" when undefined. */
    public static String r2(double r2) {
        return decimals(r2, 3);
    }

    /** A percentage (top, bottom, % inhibition) with 1 decimal ("98.5"); "" when undefined. */
    public static String percent(double value) {
        return decimals(value, 1);
    }

    /**
     * A selectivity fold with its qualifier and 3 significant digits ("&gt;400", "12.5"); folds of 1000 and more
     * are shown as whole numbers.
     */
    public static String fold(Selectivity.Fold fold) {
        double value = fold.value();
        String number = value >= 1000 ? Long.toString(Math.round(value)) : significant(value, SIGNIFICANT_DIGITS);
        return prefix(fold.qualifier()) + number;
    }

    /** The 95 % confidence interval of a fold, "low–high"; "" when the fold has none. */
    public static String foldInterval(Selectivity.Fold fold) {
        return fold.hasConfidenceInterval() ? range(fold.ciLow(), fold.ciHigh()) : "";
    }

    /** A concentration with its unit, 3 significant digits: "10000 nM", "0.500 µM". */
    public static String concentration(double value, ConcentrationUnit unit) {
        return significant(value, SIGNIFICANT_DIGITS) + " " + unit.symbol();
    }

    /** An instant in UTC to the second, ISO 8601: "2026-03-01T09:00:00Z" (audit trail, masks). */
    public static String timestamp(Instant time) {
        return DateTimeFormatter.ISO_INSTANT.format(time.truncatedTo(ChronoUnit.SECONDS));
    }

    /**
     * A number with {@code digits} significant digits, keeping trailing zeros ("1.00", "12.3", "12300", "0.000123")
     * and never an exponent; "" for NaN or infinity.
     */
    public static String significant(double value, int digits) {
        if (!Double.isFinite(value)) {
            return "";
        }
        if (value == 0) {
            return digits > 1 ? "0." + "0".repeat(digits - 1) : "0";
        }
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(digits, RoundingMode.HALF_EVEN));
        int magnitude = rounded.precision() - rounded.scale() - 1;
        int scale = Math.max(0, digits - 1 - magnitude);
        return rounded.setScale(scale, RoundingMode.HALF_EVEN).toPlainString();
    }

    /** A number with exactly {@code decimals} decimals ("7.90"); "" for NaN or infinity; never "-0.00". */
    public static String decimals(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return "";
        }
        BigDecimal rounded = new BigDecimal(value).setScale(decimals, RoundingMode.HALF_EVEN);
        return rounded.signum() == 0 ? BigDecimal.ZERO.setScale(decimals).toPlainString() : rounded.toPlainString();
    }

    /** The concentration in the unit for a log10(mol/L); NaN stays NaN. */
    static double inUnit(double logMolar, ConcentrationUnit unit) {
        return Math.pow(10, logMolar - unit.exponent());
    }

    private static String prefix(Qualifier qualifier) {
        return qualifier == Qualifier.EQUAL ? "" : qualifier.symbol();
    }

    private static Qualifier flip(Qualifier qualifier) {
        return switch (qualifier) {
            case EQUAL -> Qualifier.EQUAL;
            case LESS_THAN -> Qualifier.GREATER_THAN;
            case GREATER_THAN -> Qualifier.LESS_THAN;
        };
    }
}
