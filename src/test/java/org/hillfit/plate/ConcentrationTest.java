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
        // one of each unit in every other unit: the whole conversion table, exact in decimal
        "M,  M,  1",
        "M,  mM, 1000",
        "M,  uM, 1000000",
        "M,  nM, 1000000000",
        "M,  pM, 1000000000000",
        "mM, M,  0.001",
        "mM, mM, 1",
        "mM, uM, 1000",
        "mM, nM, 1000000",
        "mM, pM, 1000000000",
        "uM, M,  0.000001",
        "uM, mM, 0.001",
        "uM, uM, 1",
        "uM, nM, 1000",
        "uM, pM, 1000000",
        "nM, M,  0.000000001",
        "nM, mM, 0.000001",
        "nM, uM, 0.001",
        "nM, nM, 1",
        "nM, pM, 1000",
        "pM, M,  0.000000000001",
        "pM, mM, 0.000000001",
        "pM, uM, 0.000001",
        "pM, nM, 0.001",
        "pM, pM, 1",
    })
    void theConversionTableIsExact(String from, String to, String expected) {
        Concentration one = new Concentration(1, ConcentrationUnit.parse(from).orElseThrow());
        assertEquals(
                Double.parseDouble(expected),
                one.in(ConcentrationUnit.parse(to).orElseThrow()).value(),
                0.0);
    }

    @ParameterizedTest
    @CsvSource({
        // text,   value, unit
        "10uM,     10,    MICROMOLAR",
        "10 µM,    10,    MICROMOLAR",
        "0.5 nM,   0.5,   NANOMOLAR",
        "1e-6 M,   1e-6,  M",
        "2.5mM,    2.5,   MILLIMOLAR",
        "300 pM,   300,   PICOMOLAR",
    })
    void parsesAConcentrationWithItsUnit(String text, double value, ConcentrationUnit unit) {
        assertEquals(new Concentration(value, unit), Concentration.parse(text).orElseThrow());
    }

    @ParameterizedTest
    @CsvSource({
        // value, unit,       readable
        "10000,   NANOMOLAR,  10 µM", // a top dose written in nM
        "3333.3,  NANOMOLAR,  3.3333 µM", // no rounding: the audit trail keeps the exact dose
        "0.5,     NANOMOLAR,  500 pM",
        "1,       M,          1 M",
        "0.0001,  PICOMOLAR,  0.0001 pM", // below 1 pM stays in pM
        "0,       MICROMOLAR, 0 µM", // a vehicle well keeps its unit
    })
    void readsInTheLargestUnitAtLeastOne(double value, ConcentrationUnit unit, String readable) {
        assertEquals(readable, new Concentration(value, unit).readable().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"10", "uM", "-1 uM", "ten uM", "10 furlongs", "NaN nM", "1,5 uM"})
    void rejectsConcentrationTextWithoutANumberAndAUnit(String text) {
        assertTrue(Concentration.parse(text).isEmpty());
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
