/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.plate;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A molar concentration in a unit.
 *
 * @param value finite and not negative (0 marks a vehicle well)
 * @param unit the unit the value is expressed in
 */
public record Concentration(double value, ConcentrationUnit unit) implements Comparable<Concentration> {
    private static final Pattern TEXT =
            Pattern.compile("((?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d{1,3})?)\\s*(\\S.*)");

    public Concentration {
        Objects.requireNonNull(unit, "unit");
        if (!Double.isFinite(value) || value < 0) {
            throw new IllegalArgumentException("a concentration must be a finite number ≥ 0; got " + value);
        }
    }

    /**
     * Parses a concentration with its unit: "10 uM", "10uM", "0.5 nM", "1e-6 M", "2.5 µM" (decimal point only).
     * Empty for anything else, including a missing unit.
     */
    public static Optional<Concentration> parse(String text) {
        Matcher m = TEXT.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        Optional<ConcentrationUnit> unit = ConcentrationUnit.parse(m.group(2));
        double value = Double.parseDouble(m.group(1));
        if (unit.isEmpty() || !Double.isFinite(value)) {
            return Optional.empty();
        }
        return Optional.of(new Concentration(value, unit.get()));
    }

    /** The same concentration in another unit, converted through decimal powers of ten (1 nM → 0.001 µM exactly). */
    public Concentration in(ConcentrationUnit target) {
        if (target == unit) {
            return this;
        }
        double converted = new BigDecimal(Double.toString(value))
                .scaleByPowerOfTen(unit.exponent() - target.exponent())
                .doubleValue();
        return new Concentration(converted, target);
    }

    /**
     * The same concentration in the largest unit in which it is at least 1 (10000 nM → 10 µM, 0.5 nM → 500 pM), as
     * people write doses; zero stays in its unit.
     */
    public Concentration readable() {
        if (isZero()) {
            return this;
        }
        for (ConcentrationUnit candidate : ConcentrationUnit.values()) {
            Concentration converted = in(candidate);
            if (converted.value() >= 1) {
                return converted;
            }
        }
        return in(ConcentrationUnit.PICOMOLAR);
    }

    /** The value in mol/L. */
    public double molar() {
        return in(ConcentrationUnit.M).value();
    }

    /** log10 of the molar value; −∞ for 0. The fitter works on this scale. */
    public double log10Molar() {
        return Math.log10(value) + unit.exponent();
    }

    /** True for a vehicle (zero-dose) well. */
    public boolean isZero() {
        return value == 0;
    }

    @Override
    public int compareTo(Concentration other) {
        return Double.compare(molar(), other.molar());
    }

    @Override
    public String toString() {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString() + " " + unit.symbol();
    }
}
