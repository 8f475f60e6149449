/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.layout;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hillfit.plate.Concentration;

/**
 * The doses of a serial dilution: {@code top}, {@code top / fold}, {@code top / fold²} … ({@code points} doses).
 * Each dose is computed in decimal arithmetic and rounded to {@code significantDigits} significant digits (half
 * up), as a dilution sheet writes it: 10 µM, 3-fold, 4 digits → 10, 3.333, 1.111, 0.3704 … µM.
 *
 * @param top the highest dose, above 0
 * @param fold the dilution factor between neighbouring doses, above 1 (3 for 3-fold, 3.162 for half-log)
 * @param points number of doses, 1–48
 * @param significantDigits digits kept per dose, 1–15
 */
public record DoseSteps(Concentration top, double fold, int points, int significantDigits) {

    /** Digits kept when a rule does not say (a dilution sheet's precision). */
    public static final int DEFAULT_DIGITS = 4;

    public DoseSteps {
        Objects.requireNonNull(top, "top");
        if (top.isZero()) {
            throw new IllegalArgumentException("the top concentration must be above 0");
        }
        if (!(fold > 1) || !Double.isFinite(fold)) {
            throw new IllegalArgumentException("the dilution factor must be a number above 1; got " + fold);
        }
        if (points < 1 || points > 48) {
            throw new IllegalArgumentException("the number of doses must be 1–48; got " + points);
        }
        if (significantDigits < 1 || significantDigits > 15) {
            throw new IllegalArgumentException("significant digits must be 1–15; got " + significantDigits);
        }
    }

    /** Dose {@code i} (0 = top), in the unit of {@code top}. */
    public Concentration dose(int i) {
        if (i < 0 || i >= points) {
            throw new IllegalArgumentException("dose index must be 0–" + (points - 1) + "; got " + i);
        }
        BigDecimal divisor = new BigDecimal(Double.toString(fold)).pow(i);
        BigDecimal value = new BigDecimal(Double.toString(top.value()))
                .divide(divisor, new MathContext(significantDigits + 10, RoundingMode.HALF_EVEN))
                .round(new MathContext(significantDigits, RoundingMode.HALF_UP));
        return new Concentration(value.doubleValue(), top.unit());
    }

    /** All doses, highest first. */
    public List<Concentration> doses() {
        List<Concentration> doses = new ArrayList<>(points);
        for (int i = 0; i < points; i++) {
            doses.add(dose(i));
        }
        return doses;
    }
}
