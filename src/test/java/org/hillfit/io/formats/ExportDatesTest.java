/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ExportDatesTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            # as written by the reader       | ISO-8601
            10/13/2022 3:08:06 PM             | 2022-10-13T15:08:06
            6/18/2026 3:56:48 PM              | 2026-06-18T15:56:48
            11/12/2024 1:06:28 PM             | 2024-11-12T13:06:28
            3/4/2024 12:05:17 AM              | 2024-03-04T00:05:17
            3/4/2024 12:05:17 PM              | 2024-03-04T12:05:17
            29/02/2016 14:34:46               | 2016-02-29T14:34:46
            13.10.2022 15:08                  | 2022-10-13T15:08:00
            07.03.2024 10:15:30               | 2024-03-07T10:15:30
            03/07/2024 10:15:30               | 2024-07-03T10:15:30
            10/16/2024                        | 2024-10-16
            """)
    void readsDayFirstAndMonthFirstDates(String written, String iso) {
        assertEquals(Optional.of(iso), ExportDates.toIso(written));
    }

    @ParameterizedTest
    @ValueSource(strings = {"31/02/2024 10:00", "10/13/2022 13:08:06 PM", "2022-10-13", "Plate 1", ""})
    void leavesImpossibleOrUnknownDatesAlone(String written) {
        assertEquals(Optional.empty(), ExportDates.toIso(written));
    }
}
