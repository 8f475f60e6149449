/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberTextTest {

    /** Regression (#11): a wild fit's top of 2.5e307 was written as 308 digits into the CSV. */
    @ParameterizedTest
    @CsvSource({
        // value,   significant, text
        "12.3456,   4, 12.35", // the usual plain decimals
        "0.00012346, 4, 0.0001235",
        "123456,    4, 123500",
        "99999999999999, 4, 100000000000000", // below 1e15 still plain
        "2.5e307,   4, 2.5E+307", // absurd magnitudes in scientific notation, which spreadsheets read as numbers
        "-1.5e308,  4, -1.5E+308",
        "1e-320,    4, 1E-320",
    })
    void absurdMagnitudesAreWrittenInScientificNotation(double value, int significant, String text) {
        assertEquals(text, NumberText.significant(value, significant));
    }
}
