/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.formats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hillfit.io.ImportException;
import org.hillfit.io.table.CellParser;
import org.hillfit.io.table.CellValue;
import org.hillfit.io.table.GridBlock;
import org.hillfit.io.table.GridHeader;
import org.hillfit.io.table.TextRow;
import org.hillfit.io.table.TextTable;
import org.hillfit.plate.PlateFormat;
import org.hillfit.plate.WellId;

/**
 * Reads an EnVision export into its parts, in file order: {@code Plate information} rows, result matrices (titled
 * {@code Calculated results: …} / {@code Results for …}, or bare value blocks without titles), list tables (one
 * line per well under a header with a {@code Well} column) and the footer. The footer is read first, so bare
 * matrices can be sized by the protocol's plate type.
 */
final class EnvisionScanner {
    private final TextTable table;
    private final CellParser parser;
    private final EnvisionFooter footer = new EnvisionFooter();
    private final List<EnvisionEvent> events = new ArrayList<>();

    private EnvisionScanner(TextTable table) {
        this.table = table;
        this.parser = CellParser.forTable(table);
    }

    /**
     * Scans a whole export.
     *
     * @throws ImportException when a matrix is truncated, too wide or missing after its title
     */
    static EnvisionScanner scan(TextTable table) throws ImportException {
        EnvisionScanner scanner = new EnvisionScanner(table);
        scanner.readFooter();
        scanner.readEvents();
        return scanner;
    }

    /** Plate information rows and results, in file order. */
    List<EnvisionEvent> events() {
        return List.copyOf(events);
    }

    /** The footer's key/value sections. */
    EnvisionFooter footer() {
        return footer;
    }

    private void readFooter() {
        int r = 0;
        while (r < table.size()) {
            if (EnvisionFooter.isTopSection(table.row(r).stripped(0))) {
                int end = footerEnd(r);
                for (int i = r; i < end; i++) {
                    footer.add(table.row(i));
                }
                r = end;
            } else {
                r++;
            }
        }
    }

    private void readEvents() throws ImportException {
        int r = 0;
        while (r < table.size()) {
            TextRow row = table.row(r);
            String first = row.stripped(0).toLowerCase(Locale.ROOT);
            if (row.isBlank()) {
                r++;
            } else if (first.startsWith("plate information")) {
                r = plateInformation(r + 1);
            } else if (first.startsWith("background information")) {
                r = endOfBlock(r + 1);
            } else if (first.startsWith("calculated results") || first.startsWith("results for")) {
                r = titledResult(r);
            } else if (EnvisionFooter.isTopSection(first)) {
                r = footerEnd(r);
            } else if (EnvisionLists.isHeader(table, r)) {
                r = EnvisionLists.read(table, r, events);
            } else if (isBareRow(row)) {
                r = bare(r, "", r);
            } else {
                r++; // free text (warnings, notes): nothing to read
            }
        }
    }

    private int footerEnd(int start) {
        int r = start + 1;
        while (r < table.size() && !isDataSectionTitle(table.row(r).stripped(0))) {
            r++;
        }
        return r;
    }

    private static boolean isDataSectionTitle(String cell) {
        String t = cell.toLowerCase(Locale.ROOT);
        return t.startsWith("plate information")
                || t.startsWith("results for")
                || t.startsWith("calculated results")
                || t.startsWith("background information");
    }

    private int endOfBlock(int r) {
        while (r < table.size() && !table.row(r).isBlank()) {
            r++;
        }
        return r;
    }

    private int plateInformation(int headerRow) {
        if (headerRow >= table.size() || !table.row(headerRow).stripped(0).equalsIgnoreCase("plate")) {
            return headerRow;
        }
        TextRow header = table.row(headerRow);
        int r = headerRow + 1;
        for (; r < table.size() && !table.row(r).isBlank(); r++) {
            TextRow row = table.row(r);
            Map<String, String> values = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                String name = header.stripped(c);
                if (!name.isEmpty()) {
                    values.putIfAbsent(name, row.stripped(c));
                }
            }
            events.add(new EnvisionEvent.PlateInfo(row.line(), values));
        }
        return r;
    }

    private int titledResult(int titleRow) throws ImportException {
        String title = table.row(titleRow).stripped(0);
        int r = titleRow + 1;
        while (r < table.size() && table.row(r).isBlank() && r <= titleRow + 2) {
            r++;
        }
        Optional<GridHeader> header = r < table.size() ? GridHeader.detect(table, r) : Optional.empty();
        if (header.isPresent()) {
            return titled(title, titleRow, header.get());
        }
        if (r < table.size() && isBareRow(table.row(r))) {
            return bare(r, title, titleRow);
        }
        throw new ImportException(
                table.locate(table.row(Math.min(r, table.size() - 1))),
                "expected a plate matrix (a line of column numbers 01, 02, … or lines of values) after '" + title
                        + "'");
    }

    private int titled(String title, int titleRow, GridHeader header) throws ImportException {
        GridBlock block = GridBlock.below(table, header);
        for (int r = header.tableRow() + 1; r < block.endRow(); r++) {
            TextRow row = table.row(r);
            String label = row.stripped(header.firstCell() - 1);
            int got = row.size() - header.firstCell();
            if (got < header.width()) {
                String firstMissing =
                        WellId.of(label, header.columns().get(Math.max(0, got))).label();
                throw new ImportException(
                        table.locate(row).withWell(firstMissing),
                        "expected " + header.width() + " values after row label '" + label + "'; got " + got);
            }
            MatrixRows.rejectExtraValues(table, row, header, label);
        }
        events.add(new EnvisionEvent.Result(
                title,
                block.cells(),
                formatOfWidth(header.width()),
                table.row(titleRow).line(),
                Optional.empty()));
        return block.endRow();
    }

    private int bare(int start, String title, int titleRow) throws ImportException {
        int length = 0;
        while (start + length < table.size() && isBareRow(table.row(start + length))) {
            length++;
        }
        int run = length;
        PlateFormat format = footer.plateFormat().or(() -> formatOfRows(run)).orElse(null);
        if (format == null || run < format.rows()) {
            throw new ImportException(
                    table.locate(table.row(start)),
                    "expected a block of "
                            + (format == null ? "8, 16 or 32" : String.valueOf(format.rows()))
                            + " lines of values (one per plate row); got " + run);
        }
        for (int r = start; r < start + format.rows(); r++) {
            TextRow row = table.row(r);
            int last = row.lastNonBlank();
            if (last >= format.columns()) {
                throw new ImportException(
                        table.locate(row)
                                .withWell(new WellId(r - start, Math.min(last + 1, WellId.MAX_COLUMN)).label()),
                        "expected at most " + format.columns() + " values per line for a " + format + " plate; got "
                                + (last + 1));
            }
        }
        GridBlock block = GridBlock.bare(table, start, 0, format.rows(), format.columns());
        events.add(new EnvisionEvent.Result(
                title, block.cells(), Optional.of(format), table.row(titleRow).line(), Optional.empty()));
        return start + format.rows();
    }

    /** A line of a bare matrix: delimited, every cell a number, a marker or blank. */
    private boolean isBareRow(TextRow row) {
        if (row.size() < 2) {
            return false;
        }
        for (String cell : row.cells()) {
            CellValue value = parser.parse(cell);
            if (value instanceof CellValue.Text) {
                return false;
            }
        }
        return true;
    }

    private static Optional<PlateFormat> formatOfWidth(int columns) {
        for (PlateFormat format : PlateFormat.values()) {
            if (format.columns() == columns) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    private static Optional<PlateFormat> formatOfRows(int rows) {
        for (PlateFormat format : PlateFormat.values()) {
            if (format.rows() == rows) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
