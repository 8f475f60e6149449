/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Fit options in a few words, for the audit trail: the model, then only what differs from the default. */
class FitOptionsTextTest {
    private static final Map<String, FitOptions> PRESETS = Map.of(
            "DEFAULT", FitOptions.DEFAULT,
            "HILL_FIXED_AT_ONE", FitOptions.HILL_FIXED_AT_ONE,
            "BOTTOM_FIXED_AT_ZERO", FitOptions.BOTTOM_FIXED_AT_ZERO,
            "PLATEAUS_FIXED_AT_CONTROLS", FitOptions.PLATEAUS_FIXED_AT_CONTROLS,
            "PLATEAUS_BOUNDED", FitOptions.PLATEAUS_BOUNDED,
            "FIVE_PL", FitOptions.FIVE_PL,
            "ROBUST", FitOptions.ROBUST,
            "EXCLUDE_OUTLIERS", FitOptions.EXCLUDE_OUTLIERS,
            "RAW_SIGNAL", FitOptions.RAW_SIGNAL);

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            # preset                   | words
            DEFAULT                    | 4PL, all parameters free
            HILL_FIXED_AT_ONE          | 4PL, Hill fixed at 1
            BOTTOM_FIXED_AT_ZERO       | 4PL, Bottom fixed at 0
            PLATEAUS_FIXED_AT_CONTROLS | 4PL, Bottom fixed at 0, Top fixed at 100
            PLATEAUS_BOUNDED           | 4PL, Bottom ≥ −20, Top ≤ 120
            FIVE_PL                    | 5PL, all parameters free
            ROBUST                     | 4PL, robust (bisquare)
            # Q = 0.01 as a percentage
            EXCLUDE_OUTLIERS           | 4PL, outliers removed (Q = 1 %)
            # raw signals turn the span rule off too
            RAW_SIGNAL                 | 4PL, raw signal, no span rule for inactive
            """)
    void describesEachPreset(String preset, String words) {
        assertEquals(words, PRESETS.get(preset).describe());
    }

    @Test
    void namesTheJudgingRulesOnlyWhenTheyDiffer() {
        FitOptions options = FitOptions.DEFAULT.toBuilder()
                .hill(ParameterConstraint.between(0.5, 2))
                .weighting(Weighting.INVERSE_Y_SQUARED)
                .hillRange(0.5, 3)
                .ciMethod(CiMethod.PROFILE_LIKELIHOOD)
                .confidenceLevel(0.9)
                .build();

        assertEquals(
                "4PL, Hill 0.5 to 2, weighted 1/Y², Hill flagged outside 0.5–3, 90 % CI by profile likelihood",
                options.describe());
    }
}
