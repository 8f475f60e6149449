/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.formats;

import java.util.List;
import java.util.Optional;
import org.hillfit.io.ImportException;
import org.hillfit.io.ImportProblem;
import org.hillfit.io.table.CellParser;
import org.hillfit.io.table.ChannelTitle;
import org.hillfit.io.table.GridBlock;
import org.hillfit.io.table.GridCell;
import org.hillfit.io.table.GridHeader;
import org.hillfit.io.table.TextRow;
import org.hillfit.io.table.TextTable;
import org.hillfit.plate.Plate;
import org.hillfit.plate.PlateBuilder;
import org.hillfit.plate.PlateFormat;
import org.hillfit.plate.WellId;

/**
 * Reads the plate grids of one table for {@link GenericMatrixImporter}, strictly: a grid's rows run A, B, C … without
 * gaps and, for a standard width (12, 24, 48 columns), to the plate's last row; no value lies right of the header's
 * last column; a text line is not shorter than its header; all grids of one plate have the same width. Each rule
 * broken is an {@link ImportException} naming the line.
 */
final class MatrixTableReader {
    private final TextTable table;
    private final CellParser parser;
    private final List<Plate> plates;
    private final List<ImportProblem> problems;
    private PlateBuilder plate;
    private GridHeader firstGrid;
    private int previousEnd;

    MatrixTableReader(TextTable table, String plateBase, List<Plate> plates, List<ImportProblem> problems) {
        this.table = table;
        this.parser = CellParser.forTable(table);
        this.plates = plates;
        this.problems = problems;
        this.plate = new PlateBuilder(plateBase);
    }

    /** Reads every grid of the table, adding plates in file order. */
    void read() throws ImportException {
        int r = 0;
        while (r < table.size()) {
            Optional<String> plateTitle = table.row(r).plateTitle();
            if (plateTitle.isPresent()) {
                flush();
                plate = new PlateBuilder(plateTitle.get());
                firstGrid = null;
                previousEnd = ++r;
                continue;
            }
            Optional<GridHeader> header = GridHeader.detect(table, r);
            if (header.isEmpty()) {
                r++;
                continue;
            }
            GridBlock block = GridBlock.below(table, header.get());
            checkLineAfter(header.get(), block.endRow());
            if (block.cells().isEmpty()) {
                r++;
                continue;
            }
            readGrid(header.get(), block);
            r = block.endRow();
            previousEnd = r;
        }
        flush();
    }

    private void readGrid(GridHeader header, GridBlock block) throws ImportException {
        checkRows(header, block.endRow());
        checkSameWidth(header);
        String channel = uniqueChannelName(channelTitle(header));
        PlateBuilder.ChannelBuilder builder = plate.channel(channel).info(ChannelTitle.info(channel));
        for (GridCell cell : block.cells()) {
            MatrixCells.put(builder, cell, parser.parse(cell.text()), table, problems);
        }
    }

    /** Rows in order from A, none with values past the header, none shorter than the header in a text file. */
    private void checkRows(GridHeader header, int endRow) throws ImportException {
        int labelCell = header.firstCell() - 1;
        Optional<PlateFormat> format = formatOfWidth(header.width());
        int expectedRow = 0;
        for (int r = header.tableRow() + 1; r < endRow; r++) {
            TextRow row = table.row(r);
            String label = row.stripped(labelCell);
            int rowIndex = rowIndex(label, expectedRow);
            if (rowIndex != expectedRow) {
                throw new ImportException(
                        table.locate(row),
                        "expected row " + WellId.rowLabel(expectedRow) + " of the grid; got row '" + label
                                + "' (rows must run A, B, C … without gaps or repeats)");
            }
            if (format.isPresent() && rowIndex >= format.get().rows()) {
                throw new ImportException(
                        table.locate(row),
                        "a " + header.width() + "-column (" + format.get() + ") grid has rows A–"
                                + WellId.rowLabel(format.get().rows() - 1) + "; got row " + label);
            }
            checkCells(header, row, label);
            expectedRow++;
        }
        if (format.isPresent() && expectedRow < format.get().rows()) {
            throw new ImportException(
                    table.locate(table.row(endRow - 1)),
                    "the grid ends after row " + WellId.rowLabel(expectedRow - 1) + " but a " + header.width()
                            + "-column (" + format.get() + ") grid has rows A–"
                            + WellId.rowLabel(format.get().rows() - 1) + "; is the file truncated?");
        }
    }

    /** No value right of the header's last column; in a text file, no row shorter than the header. */
    private void checkCells(GridHeader header, TextRow row, String label) throws ImportException {
        int lastCell = header.firstCell() + header.width() - 1;
        if (row.lastNonBlank() > lastCell) {
            throw new ImportException(
                    table.locate(row),
                    "row " + label + " has a value in cell " + (row.lastNonBlank() + 1) + " ('"
                            + row.stripped(row.lastNonBlank()) + "') but the header above names only "
                            + header.width() + " columns");
        }
        if (!table.isSpreadsheet() && row.size() <= lastCell) {
            throw new ImportException(
                    table.locate(row),
                    "row " + label + " has " + Math.max(0, row.size() - header.firstCell()) + " values but the"
                            + " header names " + header.width() + " columns; is the file truncated?");
        }
    }

    private static int rowIndex(String label, int expectedRow) {
        if (expectedRow >= 26 && label.length() == 1 && label.charAt(0) >= 'a' && label.charAt(0) <= 'f') {
            return 26 + label.charAt(0) - 'a'; // BMG writes rows AA–AF of 1536-well plates as a–f
        }
        return WellId.rowIndexOf(label).orElse(-1);
    }

    /** A line of numbers right below a grid, without a row letter, is a broken grid row, not the grid's end. */
    private void checkLineAfter(GridHeader header, int endRow) throws ImportException {
        if (endRow >= table.size() || GridHeader.detect(table, endRow).isPresent()) {
            return;
        }
        TextRow row = table.row(endRow);
        int numbers = 0;
        for (int k = 0; k < header.width(); k++) {
            if (GenericMatrixImporter.isNumberOrMarker(parser.parse(row.cell(header.firstCell() + k)))) {
                numbers++;
            }
        }
        if (numbers >= Math.max(2, (header.width() + 1) / 2)) {
            String label = row.stripped(header.firstCell() - 1);
            throw new ImportException(
                    table.locate(row),
                    "a grid line must start with a row letter (A–P, or A–AF on 1536-well plates); got '" + label + "'");
        }
    }

    private void checkSameWidth(GridHeader header) throws ImportException {
        if (firstGrid == null) {
            firstGrid = header;
            formatOfWidth(header.width()).ifPresent(plate::format);
            return;
        }
        if (firstGrid.width() != header.width()) {
            throw new ImportException(
                    table.locate(table.row(header.tableRow())),
                    "this grid has " + header.width() + " columns but the plate's first grid (line "
                            + table.row(firstGrid.tableRow()).line() + ") has " + firstGrid.width()
                            + "; one plate cannot mix plate sizes (start a new plate with a 'Plate: name' line)");
        }
    }

    private void flush() {
        if (plate.isEmpty()) {
            return;
        }
        Plate built = plate.build();
        String name = built.name();
        int n = 2;
        while (hasPlateNamed(name)) {
            name = built.name() + " (" + n++ + ")";
        }
        plates.add(built.withName(name));
    }

    private boolean hasPlateNamed(String name) {
        return plates.stream().anyMatch(p -> p.name().equals(name));
    }

    /** The header's corner cell, else the first cell of the nearest line above since the previous grid. */
    private String channelTitle(GridHeader header) {
        String corner = header.firstCell() > 0 ? table.row(header.tableRow()).stripped(header.firstCell() - 1) : "";
        if (!corner.isEmpty() && !corner.equals("<>")) {
            return corner;
        }
        for (int r = header.tableRow() - 1; r >= previousEnd && r >= header.tableRow() - 3; r--) {
            TextRow row = table.row(r);
            if (!row.isBlank()) {
                return row.first();
            }
        }
        return "Channel";
    }

    private String uniqueChannelName(String wanted) {
        String name = wanted.isBlank() ? "Channel" : wanted;
        if (!plate.hasChannel(name)) {
            return name;
        }
        int n = 2;
        while (plate.hasChannel(name + " " + n)) {
            n++;
        }
        return name + " " + n;
    }

    static Optional<PlateFormat> formatOfWidth(int columns) {
        for (PlateFormat format : PlateFormat.values()) {
            if (format.columns() == columns) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
