/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.hillfit.fit.Qualifier;
import org.hillfit.plate.ConcentrationUnit;
import org.hillfit.result.Potency;
import org.hillfit.result.Selectivity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResultFormatTest {
    private static final ConcentrationUnit NM = ConcentrationUnit.NANOMOLAR;

    @ParameterizedTest
    @CsvSource(
            textBlock =
                    """
            # value,   digits, text
            12.345,    3,      12.3
            1.0,       3,      1.00
            12345,     3,      12300
            0.000123456, 3,    0.000123
            9.996,     3,      10.0
            999.6,     3,      1000
            0,         3,      0.00
            -4.567,    2,      -4.6
            """)
    void roundsToSignificantDigitsKeepingTrailingZeros(double value, int digits, String text) {
        assertEquals(text, ResultFormat.significant(value, digits));
    }

    @Test
    void showsNothingForUndefinedNumbers() {
        assertEquals("", ResultFormat.significant(Double.NaN, 3));
        assertEquals("", ResultFormat.decimals(Double.POSITIVE_INFINITY, 2));
    }

    @Test
    void neverShowsNegativeZero() {
        assertEquals("0.00", ResultFormat.decimals(-0.001, 2));
    }

    @ParameterizedTest
    @CsvSource(
            textBlock =
                    """
            # qualifier,  nM,      unit, text
            EQUAL,        12.3456, nM,   12.3 nM
            GREATER_THAN, 10000,   nM,   >10000 nM
            GREATER_THAN, 10000,   uM,   >10.0 \u00b5M
            LESS_THAN,    0.5081,  nM,   <0.508 nM
            """)
    void showsAPotencyLikeAnIc50(Qualifier qualifier, double nanomolar, String unit, String text) {
        Potency potency = Potency.ofNanomolar(qualifier, nanomolar);
        assertEquals(
                text,
                ResultFormat.potency(potency, ConcentrationUnit.parse(unit).orElseThrow()));
    }

    @Test
    void showsAnExactIc50WithUnitAndCi() {
        var curve = TestCurves.ok("TYK2", "X", 12.3456).result();
        assertEquals("12.3 nM", ResultFormat.ic50(curve, NM));
        assertEquals("", ResultFormat.qualifier(curve));
        // 10^(log10(12.3456) ± 0.1) = 9.806…, 15.54…
        assertEquals("9.81\u201315.5", ResultFormat.confidenceInterval(curve, NM));
        // −log10(12.3456e-9) = 7.9085
        assertEquals("7.91", ResultFormat.pIc50(curve));
    }

    @Test
    void showsAQualifiedIc50AndTurnsThePic50QualifierRound() {
        var curve = TestCurves.inactive("JAK3", "X").result();
        assertEquals(">10000 nM", ResultFormat.ic50(curve, NM));
        assertEquals(">10.0 \u00b5M", ResultFormat.ic50(curve, ConcentrationUnit.MICROMOLAR));
        assertEquals("<5.00", ResultFormat.pIc50(curve));
        assertEquals("", ResultFormat.confidenceInterval(curve, NM));
    }

    @ParameterizedTest
    @CsvSource(
            textBlock =
                    """
            # qualifier,    log10 fold, text
            GREATER_THAN,   2.60206,    >400
            EQUAL,          1.0969100,  12.5
            LESS_THAN,      -0.5,       <0.316
            EQUAL,          3.2,        1585
            """)
    void showsFoldsWithTheirQualifier(Qualifier qualifier, double log10Fold, String text) {
        assertEquals(text, ResultFormat.fold(new Selectivity.Fold(qualifier, log10Fold, Double.NaN, Double.NaN)));
    }

    @Test
    void showsAFoldInterval() {
        var fold = new Selectivity.Fold(Qualifier.EQUAL, 2, 1.9, 2.1);
        // 10^1.9 = 79.43, 10^2.1 = 125.9
        assertEquals("79.4\u2013126", ResultFormat.foldInterval(fold));
    }
}
