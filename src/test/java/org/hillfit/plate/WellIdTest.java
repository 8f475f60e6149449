/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.plate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WellIdTest {

    @ParameterizedTest
    @CsvSource(
            textBlock =
                    """
            # text, row index, column, label
            A1,    0,  1,  A01  # unpadded
            A01,   0,  1,  A01  # zero-padded
            A001,  0,  1,  A01  # three digits (some list exports)
            p24,   15, 24, P24  # lower case
            Z48,   25, 48, Z48  # last single-letter row of 1536
            AA1,   26, 1,  AA01 # first double-letter row
            af48,  31, 48, AF48 # last well of a 1536-well plate
            ' B7 ', 1, 7,  B07  # surrounding blanks
            """,
            delimiterString = ",")
    void parsesWellIds(String text, int row, int column, String label) {
        WellId well = WellId.parse(text.replaceAll("#.*", "").strip());
        assertEquals(row, well.rowIndex());
        assertEquals(column, well.column());
        assertEquals(label.replaceAll("#.*", "").strip(), well.label());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1A", "A", "A0", "A49", "AG1", "ABC1", "A1B", "A-1", "A1234"})
    void rejectsNonWells(String text) {
        assertTrue(WellId.tryParse(text).isEmpty());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> WellId.parse(text));
        assertTrue(e.getMessage().contains("'" + text.strip() + "'"), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"96, H12, 95", "384, P24, 383", "1536, AF48, 1535", "384, B01, 24"})
    void indexesRowMajor(int wells, String well, int index) {
        PlateFormat format = PlateFormat.ofWellCount(wells).orElseThrow();
        assertEquals(index, format.indexOf(WellId.parse(well)));
        assertEquals(WellId.parse(well), format.wellAt(index));
    }

    @ParameterizedTest
    @CsvSource({"96, I01", "96, A13", "384, Q01"})
    void rejectsWellsOutsideThePlate(int wells, String well) {
        PlateFormat format = PlateFormat.ofWellCount(wells).orElseThrow();
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> format.indexOf(WellId.parse(well)));
        assertTrue(e.getMessage().contains(well), e.getMessage());
    }
}
