/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Normalisation options in a few words, for reports and the audit trail. */
class NormalizationOptionsTest {

    @Test
    void theDefaultIsTheControlStatisticAlone() {
        assertEquals("median of controls", NormalizationOptions.DEFAULT.describe());
    }

    @Test
    void namesEveryChangeFromTheDefault() {
        NormalizationOptions options = NormalizationOptions.DEFAULT
                .withControlStatistic(ControlStatistic.MEAN)
                .withQcThresholds(new QcThresholds(0.6, 0.2))
                .withOutlierRule(ControlOutlierRule.DEFAULT.withMask(true))
                .withSubtractBlank(false);

        assertEquals(
                "mean of controls, Z′ pass ≥ 0.6, warn ≥ 0.2, control outliers masked (robust z > 3.5),"
                        + " blanks not subtracted",
                options.describe());
    }
}
