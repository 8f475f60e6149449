/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.hillfit.analysis.MaskReason;
import org.hillfit.analysis.WellMask;
import org.hillfit.plate.WellId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FlagTextTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            # machine flag          | in words
            overflow:B07            | B07 overflow
            outlier_masked:C05      | C05 masked as outlier
            user_masked:P24         | P24 masked by user
            no_value:A03            | A03 has no value
            out_of_range:D11        | D11 out of range
            hill_out_of_range       | Hill slope outside 0.3–5
            ic50_above_range        | IC50 above the highest dose
            plate_qc_failed         | plate failed QC (Z′)
            some_new_flag           | some new flag
            mystery:E02             | E02 mystery
            """)
    void translatesFlagsIntoWords(String flag, String words) {
        assertEquals(words, FlagText.describe(flag));
    }

    @Test
    void joinsSeveralFlags() {
        assertEquals(
                "inactive (no dose-response); B07 overflow", FlagText.describe(List.of("inactive", "overflow:B07")));
    }

    @Test
    void describesMaskReasons() {
        WellId well = WellId.parse("B07");
        assertEquals(
                "overflow (OVRFLW)",
                FlagText.maskReason(new WellMask(well, MaskReason.INSTRUMENT_FLAG, "overflow (OVRFLW)")));
        assertEquals("masked by user: bubble", FlagText.maskReason(new WellMask(well, MaskReason.USER, "bubble")));
        assertEquals("outlier", FlagText.maskReason(new WellMask(well, MaskReason.OUTLIER, "")));
    }
}
