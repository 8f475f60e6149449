/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hillfit.plate.WellId;

/**
 * The column-number line above a plate matrix ({@code ,1,2,…,24}, {@code <>\t1\t2…}, {@code ,01,02,…}).
 *
 * @param tableRow 0-based index of the header row in its table
 * @param firstCell cell index of column 1
 * @param columns plate column of each cell from {@code firstCell} on (1, 2, 3 …)
 */
public record GridHeader(int tableRow, int firstCell, List<Integer> columns) {

    public GridHeader {
        columns = List.copyOf(columns);
    }

    /** Number of plate columns the header names. */
    public int width() {
        return columns.size();
    }

    /**
     * Recognises a header row: at least two cells "1", "2", … (zero padding allowed) running consecutively from 1,
     * with at most one label cell (blank, "<>", "Row", …) before them. Cells after the run must be blank, and the run
     * stops at column {@value WellId#MAX_COLUMN}, the widest plate, so a longer run is not a header.
     */
    public static Optional<GridHeader> detect(TextTable table, int tableRow) {
        TextRow row = table.row(tableRow);
        int start = row.firstNonBlank();
        if (start < 0) {
            return Optional.empty();
        }
        if (!isInteger(row.stripped(start), 1)) {
            start++; // a corner label such as "<>"
            if (!isInteger(row.stripped(start), 1)) {
                return Optional.empty();
            }
        }
        List<Integer> columns = new ArrayList<>();
        int i = start;
        while (i < row.size() && columns.size() < WellId.MAX_COLUMN && isInteger(row.stripped(i), columns.size() + 1)) {
            columns.add(columns.size() + 1);
            i++;
        }
        for (int j = i; j < row.size(); j++) {
            if (!row.cell(j).isBlank()) {
                return Optional.empty();
            }
        }
        return columns.size() >= 2 ? Optional.of(new GridHeader(tableRow, start, columns)) : Optional.empty();
    }

    private static boolean isInteger(String s, int expected) {
        if (s.isEmpty() || s.length() > 3) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return Integer.parseInt(s) == expected;
    }
}
