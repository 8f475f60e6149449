/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.table;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.hillfit.io.SourceLocation;

/**
 * A file or sheet as rows of text cells, whatever it was stored as. Importers of delimited text and of
 * spreadsheets share their parsing code through this.
 *
 * @param file the input file
 * @param sheet the sheet name, empty for text files
 * @param rows rows in order, including blank ones (their line numbers stay true)
 * @param delimiter the delimiter of a text file (',', ';', '\t'), or 0 for spreadsheets
 */
public record TextTable(Path file, String sheet, List<TextRow> rows, char delimiter) {

    public TextTable {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(sheet, "sheet");
        rows = List.copyOf(rows);
    }

    /** Number of rows. */
    public int size() {
        return rows.size();
    }

    /** The row at a 0-based index. */
    public TextRow row(int index) {
        return rows.get(index);
    }

    /** True when this came from a spreadsheet. */
    public boolean isSpreadsheet() {
        return delimiter == 0;
    }

    /** The location of a row, for messages. */
    public SourceLocation locate(TextRow row) {
        return new SourceLocation(file, sheet, row.line(), "");
    }

    /** The location of the whole table. */
    public SourceLocation location() {
        return new SourceLocation(file, sheet, 0, "");
    }

    /** True when the delimiter is not a comma, so "0,5" may be a decimal comma. */
    public boolean allowsDecimalComma() {
        return delimiter != ',';
    }
}
