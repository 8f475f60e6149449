/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.formats;

import org.hillfit.io.ImportException;
import org.hillfit.io.table.GridHeader;
import org.hillfit.io.table.TextRow;
import org.hillfit.io.table.TextTable;
import org.hillfit.plate.WellId;

/** Checks on the lines of a titled plate matrix shared by the vendor importers. */
final class MatrixRows {
    private MatrixRows() {}

    /**
     * Rejects a value right after the last column the header names: the row is wider than its header. Notes written
     * after a blank gap (SMART Control puts them there) are not values.
     *
     * @throws ImportException naming the line, the well past the header and how many columns the header names
     */
    static void rejectExtraValues(TextTable table, TextRow row, GridHeader header, String label)
            throws ImportException {
        int next = header.firstCell() + header.width();
        if (row.cell(next).isBlank()) {
            return;
        }
        int extra = 0;
        while (!row.cell(next + extra).isBlank()) {
            extra++;
        }
        int column = Math.min(header.width() + 1, WellId.MAX_COLUMN);
        String well =
                WellId.rowIndexOf(label).map(r -> new WellId(r, column).label()).orElse("");
        throw new ImportException(
                table.locate(row).withWell(well),
                "expected " + header.width() + " values after row label '" + label + "' (the header names columns 1–"
                        + header.width() + "); got " + (header.width() + extra));
    }
}
