/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FitOptionsTest {

    @Test
    void presetsDifferFromTheDefaultOnlyWhereTheySay() {
        assertEquals(FitOptions.DEFAULT, FitOptions.DEFAULT.toBuilder().build());
        assertEquals(
                FitOptions.DEFAULT.toBuilder()
                        .hill(ParameterConstraint.fixed(1))
                        .build(),
                FitOptions.HILL_FIXED_AT_ONE);
        assertEquals(3, FitOptions.HILL_FIXED_AT_ONE.freeParameterCount());
        assertEquals(2, FitOptions.PLATEAUS_FIXED_AT_CONTROLS.freeParameterCount());
        assertEquals(5, FitOptions.FIVE_PL.freeParameterCount());
        assertTrue(FitOptions.RAW_SIGNAL.controlWindow().isEmpty());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            # setting that is wrong          | words the message must contain
            robust with 1/Y² weights         | assumes equal weights
            alpha of 1                       | inactive alpha
            Hill range upside down           | Hill range
            Hill fixed at 0                  | fixed Hill slope
            Top fixed under Bottom           | must be able to exceed Bottom
            outlier Q of 0.5                 | outlier Q
            negative inactive span           | inactive span
            confidence level 1               | confidence level
            """)
    void validateNamesTheSettingThatIsWrong(String setting, String expected) {
        FitOptions.Builder b = FitOptions.DEFAULT.toBuilder();
        switch (setting) {
            case "robust with 1/Y² weights" -> b.robust(RobustMethod.HUBER).weighting(Weighting.INVERSE_Y_SQUARED);
            case "alpha of 1" -> b.inactiveAlpha(1);
            case "Hill range upside down" -> b.hillRange(5, 0.3);
            case "Hill fixed at 0" -> b.hill(ParameterConstraint.fixed(0));
            case "Top fixed under Bottom" -> b.top(ParameterConstraint.fixed(0)).bottom(ParameterConstraint.fixed(100));
            case "outlier Q of 0.5" -> b.outlierQ(0.5);
            case "negative inactive span" -> b.inactiveSpanPercent(-1);
            default -> b.confidenceLevel(1);
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, b::build);
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void constraintsRejectImpossibleBounds() {
        assertThrows(IllegalArgumentException.class, () -> ParameterConstraint.between(120, -20));
        assertThrows(IllegalArgumentException.class, () -> ParameterConstraint.fixed(Double.NaN));
    }
}
