/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.formats;

import java.util.List;
import org.hillfit.io.ImportException;
import org.hillfit.io.ImportProblem;
import org.hillfit.io.table.CellValue;
import org.hillfit.io.table.GridCell;
import org.hillfit.io.table.TextTable;
import org.hillfit.plate.PlateBuilder;
import org.hillfit.plate.WellFlag;
import org.hillfit.plate.WellMarker;

/** Puts parsed matrix cells into a channel the same way for every importer. */
final class MatrixCells {
    private MatrixCells() {}

    /**
     * Records a cell: numbers as values, markers as markers, blanks as absent. Text that is neither becomes an
     * INVALID marker with a warning, so a typo never turns into a zero and never goes unnoticed.
     *
     * @throws ImportException when the well already has a reading in this channel
     */
    static void put(
            PlateBuilder.ChannelBuilder channel,
            GridCell cell,
            CellValue value,
            TextTable table,
            List<ImportProblem> problems)
            throws ImportException {
        if (value instanceof CellValue.Blank) {
            return;
        }
        if (channel.has(cell.well())) {
            throw new ImportException(
                    table.location().atLine(cell.line()).withWell(cell.well().label()),
                    "well " + cell.well() + " appears twice in one channel");
        }
        if (value instanceof CellValue.Number number) {
            channel.value(cell.well(), number.value());
        } else if (value instanceof CellValue.Marker marker) {
            channel.marker(cell.well(), marker.marker());
        } else if (value instanceof CellValue.Text text) {
            channel.marker(cell.well(), new WellMarker(WellFlag.INVALID, text.text()));
            problems.add(ImportProblem.warning(
                    table.location().atLine(cell.line()).withWell(cell.well().label()),
                    "'" + text.text() + "' is not a number; the well is flagged invalid"));
        }
    }
}
