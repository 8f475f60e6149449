/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.formats;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hillfit.io.ImportException;
import org.hillfit.io.ImportProblem;
import org.hillfit.io.table.CellParser;
import org.hillfit.io.table.GridCell;
import org.hillfit.io.table.GridHeader;
import org.hillfit.io.table.TextRow;
import org.hillfit.io.table.TextTable;
import org.hillfit.plate.PlateBuilder;
import org.hillfit.plate.WellId;

/**
 * Walks the lines of a Gen5 export and sorts them into plates: header keys, the procedure, the Layout (skipped) and
 * the Results matrices. A header key seen after a plate's Results starts the next plate.
 */
final class Gen5Sections {
    private static final Set<String> HEADER_KEYS = Set.of(
            "Software Version",
            "Experiment File Path",
            "Protocol File Path",
            "Plate Number",
            "Date",
            "Time",
            "Reader Type",
            "Reader Serial Number",
            "Reading Type",
            "Plate ID",
            "Barcode",
            "Actual Temperature");
    private static final String LAYOUT = "Layout";

    private final List<Gen5Plate> plates = new ArrayList<>();
    private final List<ImportProblem> problems;
    private Gen5Plate current;

    Gen5Sections(List<ImportProblem> problems) {
        this.problems = problems;
    }

    /** The plates that have Results, in file order. */
    List<Gen5Plate> plates() {
        return plates.stream().filter(Gen5Plate::hasResults).toList();
    }

    /**
     * Reads one text file or sheet.
     *
     * @throws ImportException naming the line and well when a Results matrix is malformed
     */
    void read(TextTable table) throws ImportException {
        int r = 0;
        while (r < table.size()) {
            TextRow row = table.row(r);
            String key = withoutColon(row.stripped(0));
            if (row.isBlank()) {
                r++;
            } else if (HEADER_KEYS.contains(key) && row.nonBlankCount() <= 2) {
                plate(!key.equals("Actual Temperature")).header(key, row.stripped(1));
                r++;
            } else if (key.equals("Procedure Details")) {
                int start = r + 1;
                while (start < table.size() && table.row(start).isBlank()) {
                    start++;
                }
                r = endOfBlock(table, start);
                plate(true).procedure(Gen5Procedure.parse(table, start, r));
            } else if (key.equals("Time") || key.startsWith("Time ")) {
                problems.add(ImportProblem.warning(
                        table.locate(row), "a kinetic table was skipped: kinetic reads are not supported"));
                r = endOfBlock(table, r);
            } else if (isMatrixTitle(table, r)) {
                r = readMatrix(table, r);
            } else {
                r++; // curve-fit results, notes and other blocks that hold no plate values
            }
        }
    }

    private Gen5Plate plate(boolean headerStartsNewPlate) {
        if (current == null || (headerStartsNewPlate && current.hasResults())) {
            current = new Gen5Plate();
            plates.add(current);
        }
        return current;
    }

    private static boolean isMatrixTitle(TextTable table, int r) {
        TextRow row = table.row(r);
        return row.nonBlankCount() == 1
                && row.firstNonBlank() == 0
                && r + 1 < table.size()
                && GridHeader.detect(table, r + 1).isPresent();
    }

    private int readMatrix(TextTable table, int titleRow) throws ImportException {
        String title = table.row(titleRow).first();
        GridHeader header = GridHeader.detect(table, titleRow + 1).orElseThrow();
        if (title.equalsIgnoreCase(LAYOUT)) {
            return endOfBlock(table, titleRow); // a plate map (sample IDs, concentrations), not measured values
        }
        CellParser parser = CellParser.forTable(table);
        Gen5Plate plate = plate(false);
        int letterCell = header.firstCell() - 1;
        int labelCell = header.firstCell() + header.width();
        int rowIndex = -1;
        int r = header.tableRow() + 1;
        for (; r < table.size() && !table.row(r).isBlank(); r++) {
            TextRow line = table.row(r);
            String letter = letterCell >= 0 ? line.stripped(letterCell) : "";
            if (!letter.isEmpty()) {
                Optional<Integer> index = WellId.rowIndexOf(letter);
                if (index.isEmpty()) {
                    break;
                }
                rowIndex = index.get();
            } else if (rowIndex < 0) {
                throw new ImportException(
                        table.locate(line),
                        "expected a row letter (A, B, …) at the start of the first line under the column numbers");
            }
            String label = line.stripped(labelCell);
            PlateBuilder.ChannelBuilder channel = plate.channel(label.isEmpty() ? title : label);
            for (int k = 0; k < header.width(); k++) {
                WellId well = new WellId(rowIndex, header.columns().get(k));
                String text = line.cell(header.firstCell() + k);
                MatrixCells.put(channel, new GridCell(well, text, line.line()), parser.parse(text), table, problems);
            }
        }
        return r;
    }

    /** The first blank row after {@code from}, or the end of the table. */
    /** The row after the block starting at {@code from}: the next blank row, or the end of the table. */
    private static int endOfBlock(TextTable table, int from) {
        int r = Math.min(from + 1, table.size()); // a title on the last line has an empty block
        while (r < table.size() && !table.row(r).isBlank()) {
            r++;
        }
        return r;
    }

    private static String withoutColon(String key) {
        return key.endsWith(":") ? key.substring(0, key.length() - 1).strip() : key;
    }
}
