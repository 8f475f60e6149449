/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hillfit.plate.WellId;

/**
 * A plate matrix read from a table: row-letter lines under a column-number header, or a bare block of values.
 *
 * @param cells the cells, in reading order
 * @param endRow 0-based index of the first table row after the block
 */
public record GridBlock(List<GridCell> cells, int endRow) {

    public GridBlock {
        cells = List.copyOf(cells);
    }

    /**
     * Reads the row-letter lines under a header until a line does not start with a row label. Rows run A–Z, then
     * AA–AF; BMG writes rows 27–32 of 1536-well plates as lower-case a–f, which is understood when the header has
     * more than 24 columns or row Z was already seen. Cells past the header's width are ignored; missing trailing
     * cells are simply absent (MARS "V2" files omit them).
     */
    public static GridBlock below(TextTable table, GridHeader header) {
        List<GridCell> cells = new ArrayList<>();
        int labelCell = header.firstCell() - 1;
        int r = header.tableRow() + 1;
        boolean seenZ = false;
        for (; r < table.size(); r++) {
            TextRow row = table.row(r);
            String label = labelCell >= 0 ? row.stripped(labelCell) : "";
            Optional<Integer> rowIndex = rowIndex(label, header.width() > 24 || seenZ);
            if (rowIndex.isEmpty()) {
                break;
            }
            seenZ |= rowIndex.get() == 25;
            for (int k = 0; k < header.width(); k++) {
                String text = row.cell(header.firstCell() + k);
                cells.add(
                        new GridCell(new WellId(rowIndex.get(), header.columns().get(k)), text, row.line()));
            }
        }
        return new GridBlock(cells, r);
    }

    /**
     * Reads a bare matrix without labels: {@code rowCount} lines of {@code columnCount} cells starting at a table
     * row, the first cell at {@code firstCell}.
     */
    public static GridBlock bare(TextTable table, int startRow, int firstCell, int rowCount, int columnCount) {
        List<GridCell> cells = new ArrayList<>();
        int end = Math.min(table.size(), startRow + rowCount);
        for (int r = startRow; r < end; r++) {
            TextRow row = table.row(r);
            for (int c = 0; c < columnCount; c++) {
                cells.add(new GridCell(new WellId(r - startRow, c + 1), row.cell(firstCell + c), row.line()));
            }
        }
        return new GridBlock(cells, end);
    }

    /** True when the block holds no cell with text. */
    public boolean isEmpty() {
        return cells.stream().allMatch(c -> c.text().isBlank());
    }

    private static Optional<Integer> rowIndex(String label, boolean lowerCaseMeansAfterZ) {
        if (lowerCaseMeansAfterZ && label.length() == 1 && label.charAt(0) >= 'a' && label.charAt(0) <= 'f') {
            return Optional.of(26 + label.charAt(0) - 'a');
        }
        return WellId.rowIndexOf(label).filter(i -> !label.isEmpty());
    }
}
