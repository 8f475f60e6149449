/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Counts read as words, never "plate(s)". */
class CountedTest {

    @ParameterizedTest
    @CsvSource({
        // n, noun,       text
        "0, plate,        0 plates",
        "1, plate,        1 plate",
        "6, plate,        6 plates",
        "1, input file,   1 input file",
        "2, input file,   2 input files",
    })
    void countsInWords(long n, String noun, String text) {
        assertEquals(text, Counted.of(n, noun));
    }
}
