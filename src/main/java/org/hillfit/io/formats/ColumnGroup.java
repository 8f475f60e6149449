/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.formats;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hillfit.io.ImportException;
import org.hillfit.io.table.GridCell;
import org.hillfit.io.table.TextRow;
import org.hillfit.plate.PlateBuilder;
import org.hillfit.plate.WellId;

/**
 * One run of column numbers in a heading line that puts several grids side by side ({@code 1 … 12 ⟂ 1 … 12}),
 * separated by empty cells.
 *
 * @param firstCell cell index of the run's first number
 * @param columns the plate columns, in cell order
 */
record ColumnGroup(int firstCell, List<Integer> columns) {

    ColumnGroup {
        columns = List.copyOf(columns);
    }

    /** Receives one cell of a grid. */
    @FunctionalInterface
    interface CellSink {
        void put(PlateBuilder.ChannelBuilder channel, GridCell cell) throws ImportException;
    }

    /** The runs of column numbers from the third cell on (cells 1–2 hold time and temperature). */
    static List<ColumnGroup> parse(TextRow heading) {
        List<ColumnGroup> groups = new ArrayList<>();
        List<Integer> run = new ArrayList<>();
        int start = -1;
        for (int c = 2; c <= heading.size(); c++) {
            Optional<Integer> column = c < heading.size() ? columnNumber(heading.stripped(c)) : Optional.empty();
            if (column.isPresent()) {
                if (run.isEmpty()) {
                    start = c;
                }
                run.add(column.get());
            } else if (!run.isEmpty()) {
                groups.add(new ColumnGroup(start, run));
                run = new ArrayList<>();
            }
        }
        return groups;
    }

    /** A plate column number 1–48 (zero padding allowed). */
    static Optional<Integer> columnNumber(String text) {
        if (text.isEmpty() || text.length() > 2) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return Optional.empty();
            }
        }
        int n = Integer.parseInt(text);
        return n >= 1 && n <= WellId.MAX_COLUMN ? Optional.of(n) : Optional.empty();
    }

    /** Puts one data line's cells of this group into a channel, as plate row {@code rowIndex}. */
    void putRow(TextRow row, int rowIndex, PlateBuilder.ChannelBuilder channel, CellSink sink) throws ImportException {
        for (int k = 0; k < columns.size(); k++) {
            sink.put(channel, new GridCell(new WellId(rowIndex, columns.get(k)), row.cell(firstCell + k), row.line()));
        }
    }
}
