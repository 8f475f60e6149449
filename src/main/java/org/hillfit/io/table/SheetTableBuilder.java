/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.table;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hillfit.io.ImportContext;
import org.hillfit.io.ImportException;
import org.hillfit.io.SourceLocation;

/**
 * Collects the rows of one sheet into a {@link TextTable}, for both workbook readers: rows Excel leaves out are
 * filled in as empty rows so that row numbers stay true to Excel's, and the cells-per-table limit is enforced as
 * rows arrive, before a hostile sheet can fill memory.
 */
final class SheetTableBuilder {
    private final Path file;
    private final String sheet;
    private final long maxCells;
    private final List<TextRow> rows = new ArrayList<>();
    private long cells;

    SheetTableBuilder(Path file, String sheet, ImportContext context) {
        this.file = file;
        this.sheet = sheet;
        this.maxCells = context.limits().maxCellsPerTable();
    }

    /**
     * Adds one row. Rows normally come in ascending order; a row at an index already filled replaces it (the last
     * one wins, as in POI's usermodel), so a malformed sheet cannot shift the row numbers.
     *
     * @param index 0-based row index
     * @param texts the cell texts in column order, "" for gaps
     * @throws ImportException when the sheet now holds more cells than the limit
     */
    void addRow(int index, List<String> texts) throws ImportException {
        cells += texts.size();
        if (index < rows.size()) {
            cells -= rows.get(index).size();
        }
        if (cells > maxCells) {
            throw new ImportException(
                    new SourceLocation(file, sheet, index + 1, ""), "more than " + maxCells + " cells in one sheet");
        }
        TextRow row = new TextRow(index + 1, texts);
        if (index < rows.size()) {
            rows.set(index, row);
            return;
        }
        while (rows.size() < index) { // keep blank rows so row numbers stay true
            rows.add(new TextRow(rows.size() + 1, List.of()));
        }
        rows.add(row);
    }

    TextTable build() {
        return new TextTable(file, sheet, rows, (char) 0);
    }
}
