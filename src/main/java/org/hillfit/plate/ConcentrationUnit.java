/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.plate;

import java.util.Optional;

/** Molar concentration units. Conversions go through powers of ten, so they are exact in decimal. */
public enum ConcentrationUnit {
    M("M", 0),
    MILLIMOLAR("mM", -3),
    MICROMOLAR("µM", -6),
    NANOMOLAR("nM", -9),
    PICOMOLAR("pM", -12);

    private final String symbol;
    private final int exponent;

    ConcentrationUnit(String symbol, int exponent) {
        this.symbol = symbol;
        this.exponent = exponent;
    }

    /** The symbol shown to users: "M", "mM", "µM", "nM", "pM". */
    public String symbol() {
        return symbol;
    }

    /** ASCII symbol for file headers: "M", "mM", "uM", "nM", "pM". */
    public String asciiSymbol() {
        return this == MICROMOLAR ? "uM" : symbol;
    }

    /** Power of ten relative to mol/L (nM → −9). */
    public int exponent() {
        return exponent;
    }

    /**
     * Parses "M", "mM", "uM", "µM" (micro sign or Greek mu), "nM", "pM", also "mol/L", "umol/L" and similar.
     * "M" alone is molar; letter case is otherwise ignored.
     */
    public static Optional<ConcentrationUnit> parse(String text) {
        String s = text.strip().replace('\u03BC', 'u').replace('\u00B5', 'u');
        if (s.equals("M")) {
            return Optional.of(M);
        }
        String lower =
                s.toLowerCase(java.util.Locale.ROOT).replace("mol/l", "m").replace("molar", "m");
        return Optional.ofNullable(
                switch (lower) {
                    case "m" -> M;
                    case "mm" -> MILLIMOLAR;
                    case "um" -> MICROMOLAR;
                    case "nm" -> NANOMOLAR;
                    case "pm" -> PICOMOLAR;
                    default -> null;
                });
    }

    @Override
    public String toString() {
        return symbol;
    }
}
