/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GridHeaderTest {

    @Test
    void acceptsTheFortyEightColumnsOfA1536WellPlate() {
        assertEquals(48, GridHeader.detect(table(header(48)), 0).orElseThrow().width());
    }

    /** A wider run used to reach GridBlock, whose WellId then threw on column 49 instead of a clean refusal. */
    @Test
    void aRunPastColumnFortyEightIsNotAPlateHeader() {
        TextTable table = table(header(50), List.of("A", "1"));

        assertTrue(GridHeader.detect(table, 0).isEmpty());
    }

    private static List<String> header(int columns) {
        List<String> cells = new ArrayList<>(List.of("<>"));
        for (int c = 1; c <= columns; c++) {
            cells.add(String.valueOf(c));
        }
        return cells;
    }

    @SafeVarargs
    private static TextTable table(List<String>... rows) {
        List<TextRow> list = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            list.add(new TextRow(i + 1, rows[i]));
        }
        return new TextTable(Path.of("grid.csv"), "", list, ',');
    }
}
