/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.OptionalDouble;
import org.hillfit.fit.CurveResult;
import org.hillfit.fit.FourPlParameters;
import org.hillfit.plate.ConcentrationUnit;

/**
 * The numbers of one curve as stored in outputs (results CSV cells, Excel cell values), rounded once here so every
 * output holds the same values: IC50 and CI limits in the unit, Hill, top and bottom with 4 significant digits,
 * pIC50 with 3 decimals, R² with 4. Absent values are empty. Displayed text comes from {@link ResultFormat}.
 *
 * @param qualifier "=", "&lt;" or "&gt;" for the IC50; "" when there is no IC50
 * @param ic50 the IC50 (or the bound it lies beyond) in the unit
 * @param ciLow lower 95 % limit in the unit
 * @param ciHigh upper 95 % limit in the unit
 * @param pIc50 −log10(IC50 in mol/L)
 * @param hill Hill slope
 * @param top top asymptote (% inhibition)
 * @param bottom bottom asymptote (% inhibition)
 * @param r2 coefficient of determination
 */
public record ResultNumbers(
        String qualifier,
        OptionalDouble ic50,
        OptionalDouble ciLow,
        OptionalDouble ciHigh,
        OptionalDouble pIc50,
        OptionalDouble hill,
        OptionalDouble top,
        OptionalDouble bottom,
        OptionalDouble r2) {

    /** Significant digits of stored IC50s, CI limits, Hill, top, bottom and folds. */
    public static final int SIGNIFICANT_DIGITS = 4;
    /** Decimals of stored pIC50s. */
    public static final int PIC50_DECIMALS = 3;
    /** Decimals of stored R². */
    public static final int R2_DECIMALS = 4;

    /** The stored numbers of a fit, concentrations in {@code unit}. */
    public static ResultNumbers of(CurveResult r, ConcentrationUnit unit) {
        boolean hasIc50 = !Double.isNaN(r.reportedLogIc50());
        return new ResultNumbers(
                hasIc50 ? r.qualifier().symbol() : "",
                significant(ResultFormat.inUnit(r.reportedLogIc50(), unit)),
                significant(ResultFormat.inUnit(r.logIc50CiLow(), unit)),
                significant(ResultFormat.inUnit(r.logIc50CiHigh(), unit)),
                decimals(-r.reportedLogIc50(), PIC50_DECIMALS),
                significant(r.parameters().map(FourPlParameters::hillSlope).orElse(Double.NaN)),
                significant(r.parameters().map(FourPlParameters::top).orElse(Double.NaN)),
                significant(r.parameters().map(FourPlParameters::bottom).orElse(Double.NaN)),
                decimals(r.r2(), R2_DECIMALS));
    }

    /** A value rounded to {@link #SIGNIFICANT_DIGITS}; empty for NaN or infinity. */
    public static OptionalDouble significant(double value) {
        if (!Double.isFinite(value)) {
            return OptionalDouble.empty();
        }
        if (value == 0) {
            return OptionalDouble.of(0);
        }
        return OptionalDouble.of(new BigDecimal(value)
                .round(new MathContext(SIGNIFICANT_DIGITS, RoundingMode.HALF_EVEN))
                .doubleValue());
    }

    /** A value rounded to {@code decimals}; empty for NaN or infinity. */
    public static OptionalDouble decimals(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return OptionalDouble.empty();
        }
        double rounded =
                new BigDecimal(value).setScale(decimals, RoundingMode.HALF_EVEN).doubleValue();
        return OptionalDouble.of(rounded == 0 ? 0 : rounded);
    }

    /** The shortest text of a stored number ("12.35", "0.0001235", "123500"); "" when empty. */
    public static String text(OptionalDouble value) {
        if (value.isEmpty()) {
            return "";
        }
        return new BigDecimal(Double.toString(value.getAsDouble()))
                .stripTrailingZeros()
                .toPlainString();
    }
}
