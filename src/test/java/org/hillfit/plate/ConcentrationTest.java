/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.plate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ConcentrationTest {

    @ParameterizedTest
    @CsvSource({
        "1,      nM, 0.001,   uM", // decimal conversions are exact, not 0.0010000000000000002
        "0.3,    uM, 300,     nM",
        "10000,  nM, 10,      uM",
        "2.5,    mM, 2500000, nM",
        "1,      pM, 0.001,   nM",
        "1,      M,  1000,    mM",
    })
    void convertsExactlyBetweenUnits(double value, String from, double expected, String to) {
        Concentration c = new Concentration(value, ConcentrationUnit.parse(from).orElseThrow());
        assertEquals(expected, c.in(ConcentrationUnit.parse(to).orElseThrow()).value(), 0.0);
    }

    @ParameterizedTest
    @CsvSource({
        "M, M",
        "mM, MILLIMOLAR",
        "uM, MICROMOLAR",
        "µM, MICROMOLAR",
        "μM, MICROMOLAR",
        "nM, NANOMOLAR",
        "nm, NANOMOLAR",
        "pM, PICOMOLAR",
        "umol/L, MICROMOLAR"
    })
    void parsesUnitSpellings(String text, ConcentrationUnit unit) {
        assertEquals(unit, ConcentrationUnit.parse(text).orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "mg/mL", "nanomolar?", "kM"})
    void rejectsUnknownUnits(String text) {
        assertTrue(ConcentrationUnit.parse(text).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(doubles = {-1, Double.NaN, Double.POSITIVE_INFINITY})
    void rejectsImpossibleValues(double value) {
        assertThrows(IllegalArgumentException.class, () -> new Concentration(value, ConcentrationUnit.NANOMOLAR));
    }

    @org.junit.jupiter.api.Test
    void logMolarOfOneNanomolarIsMinusNine() {
        assertEquals(-9, new Concentration(1, ConcentrationUnit.NANOMOLAR).log10Molar(), 1e-15);
    }
}
