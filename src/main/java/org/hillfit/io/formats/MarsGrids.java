/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.formats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hillfit.io.ImportException;
import org.hillfit.io.ImportProblem;
import org.hillfit.io.SourceLocation;
import org.hillfit.io.table.CellParser;
import org.hillfit.io.table.GridBlock;
import org.hillfit.io.table.GridCell;
import org.hillfit.io.table.GridHeader;
import org.hillfit.io.table.TextRow;
import org.hillfit.io.table.TextTable;
import org.hillfit.plate.ChannelInfo;
import org.hillfit.plate.PlateBuilder;
import org.hillfit.plate.PlateFormat;
import org.hillfit.plate.WellId;

/**
 * The data part of a BMG LABTECH export: titled plate matrices ({@code Raw Data (337/665 1)}, calculated blocks,
 * a SMART Control {@code 1. Layout} of content codes) and table views ({@code Well;Content;Raw Data (…)} with one
 * line per well). Matrix lines may be padded with delimiters or ragged (MARS V3.40 "V2" omits trailing empty
 * cells): missing cells are wells without a reading, not an error; a value past the header's last column is.
 */
final class MarsGrids {
    private final PlateBuilder plate;
    private final Map<WellId, String> content;
    private final List<ImportProblem> problems;
    private final Optional<String> gain;
    private PlateFormat format;

    MarsGrids(PlateBuilder plate, Map<WellId, String> content, List<ImportProblem> problems, Optional<String> gain) {
        this.plate = plate;
        this.content = content;
        this.problems = problems;
        this.gain = gain;
    }

    /** Index of the first row that belongs to the data: a matrix header, its title, or a table-view header. */
    static int dataStart(TextTable table) {
        for (int r = 0; r < table.size(); r++) {
            if (header(table, r).isPresent()) {
                return titleRow(table, r).orElse(r);
            }
            if (wellColumns(table.row(r)).isPresent()) {
                return r;
            }
        }
        return table.size();
    }

    /**
     * Reads every matrix and table view of a table into the plate.
     *
     * @throws ImportException when a line is wider than its header, a well lies outside the plate, or a table-view
     *     line has no well
     */
    void read(TextTable table) throws ImportException {
        int r = 0;
        while (r < table.size()) {
            Optional<GridHeader> header = header(table, r);
            if (header.isPresent()) {
                r = block(table, header.get());
            } else if (wellColumns(table.row(r)).isPresent()) {
                r = tableView(table, r);
            } else {
                r++;
            }
        }
    }

    private int block(TextTable table, GridHeader header) throws ImportException {
        GridBlock block = GridBlock.below(table, header);
        for (int r = header.tableRow() + 1; r < block.endRow(); r++) {
            TextRow row = table.row(r);
            MatrixRows.rejectExtraValues(table, row, header, row.stripped(header.firstCell() - 1));
        }
        String title = titleRow(table, header.tableRow())
                .map(t -> table.row(t).first())
                .orElse("");
        fixFormat(table, table.row(header.tableRow()), header.width());
        store(table, MarsTitle.parse(title), block.cells());
        return block.endRow();
    }

    private int tableView(TextTable table, int headerRow) throws ImportException {
        TextRow header = table.row(headerRow);
        int[] wellColumns = wellColumns(header).orElseThrow();
        int contentColumn = column(header, "content");
        Map<Integer, List<GridCell>> byColumn = new LinkedHashMap<>();
        int r = headerRow + 1;
        for (; r < table.size() && !table.row(r).isBlank(); r++) {
            TextRow row = table.row(r);
            WellId well = well(table, header, row, wellColumns);
            for (int c = 0; c < header.size(); c++) {
                boolean isWell = c == wellColumns[0] || c == wellColumns[1];
                if (!isWell && !header.stripped(c).isEmpty()) {
                    byColumn.computeIfAbsent(c, k -> new ArrayList<>())
                            .add(new GridCell(well, row.cell(c), row.line()));
                }
            }
        }
        for (Map.Entry<Integer, List<GridCell>> e : byColumn.entrySet()) {
            String title = header.stripped(e.getKey());
            store(table, e.getKey() == contentColumn ? MarsTitle.content() : MarsTitle.parse(title), e.getValue());
        }
        return r;
    }

    private static WellId well(TextTable table, TextRow header, TextRow row, int[] wellColumns) throws ImportException {
        String text = wellColumns[1] < 0
                ? row.stripped(wellColumns[0])
                : row.stripped(wellColumns[0]) + row.stripped(wellColumns[1]);
        return WellId.tryParse(text)
                .orElseThrow(() -> new ImportException(
                        table.locate(row),
                        "expected a well such as A01 in column '" + header.stripped(wellColumns[0]) + "'; got '" + text
                                + "'"));
    }

    private void store(TextTable table, MarsTitle title, List<GridCell> cells) throws ImportException {
        switch (title.role()) {
            case CONTENT ->
                cells.stream()
                        .filter(c -> !c.text().isBlank())
                        .forEach(c -> content.put(c.well(), c.text().strip()));
            case SKIPPED ->
                problems.add(new ImportProblem(
                        ImportProblem.Severity.INFO,
                        table.location()
                                .atLine(cells.isEmpty() ? 0 : cells.get(0).line()),
                        "'" + title.name() + "' is not a measurement; it was not imported"));
            default -> channel(table, title, cells);
        }
    }

    private void channel(TextTable table, MarsTitle title, List<GridCell> cells) throws ImportException {
        String name = title.name();
        for (int n = 2; plate.hasChannel(name); n++) {
            name = title.name() + " (" + n + ")";
        }
        ChannelInfo info = title.info();
        if (gain.isPresent() && title.role() == MarsTitle.Role.RAW) {
            info = info.with(ChannelInfo.KEY_GAIN, gain.get());
        }
        PlateBuilder.ChannelBuilder channel = plate.channel(name).info(info);
        CellParser parser = CellParser.forTable(table);
        for (GridCell cell : cells) {
            if (format != null && !format.contains(cell.well()) && !cell.text().isBlank()) {
                throw new ImportException(
                        table.location()
                                .atLine(cell.line())
                                .withWell(cell.well().label()),
                        "well " + cell.well() + " is outside the " + format + " plate the column header describes");
            }
            MatrixCells.put(channel, cell, parser.parse(cell.text()), table, problems);
        }
    }

    private void fixFormat(TextTable table, TextRow headerRow, int width) throws ImportException {
        for (PlateFormat candidate : PlateFormat.values()) {
            if (candidate.columns() == width) {
                if (format != null && format != candidate) {
                    SourceLocation where = table.locate(headerRow);
                    throw new ImportException(
                            where,
                            "this matrix has " + width + " columns (a " + candidate + " plate) but an earlier one"
                                    + " was a " + format + " plate");
                }
                format = candidate;
                plate.format(candidate);
            }
        }
    }

    /**
     * A column-number header: strict ({@code ,1,2,…,24} with nothing after), or followed by notes after a blank
     * cell, as SMART Control writes ({@code 1 … 12, , Plate: NUNC 96}).
     */
    static Optional<GridHeader> header(TextTable table, int r) {
        Optional<GridHeader> strict = GridHeader.detect(table, r);
        if (strict.isPresent()) {
            return strict;
        }
        TextRow row = table.row(r);
        int start = row.firstNonBlank();
        if (start < 0 || start > 2) {
            return Optional.empty();
        }
        if (!row.stripped(start).equals("1")) {
            start++;
        }
        List<Integer> columns = new ArrayList<>();
        while (row.stripped(start + columns.size()).matches("0{0,2}" + (columns.size() + 1))) {
            columns.add(columns.size() + 1);
        }
        if (columns.size() < 2 || !row.cell(start + columns.size()).isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new GridHeader(r, start, columns));
    }

    /** The row of a matrix's title: the nearest non-blank line within three above, unless it is a matrix line. */
    private static Optional<Integer> titleRow(TextTable table, int headerRow) {
        for (int r = headerRow - 1; r >= 0 && r >= headerRow - 3; r--) {
            TextRow row = table.row(r);
            if (!row.isBlank()) {
                boolean matrixLine = WellId.rowIndexOf(row.first()).isPresent() && row.nonBlankCount() > 2;
                return matrixLine ? Optional.empty() : Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** Well (or Well Row + Well Col) columns of a table-view header with Content or Raw Data columns. */
    private static Optional<int[]> wellColumns(TextRow row) {
        int well = column(row, "well");
        int wellRow = column(row, "well row");
        int wellCol = column(row, "well col");
        boolean hasData = column(row, "content") >= 0
                || row.nonBlank().stream()
                        .anyMatch(c -> c.toLowerCase(Locale.ROOT).contains("raw data"));
        if (!hasData) {
            return Optional.empty();
        }
        if (well >= 0) {
            return Optional.of(new int[] {well, -1});
        }
        return wellRow >= 0 && wellCol >= 0 ? Optional.of(new int[] {wellRow, wellCol}) : Optional.empty();
    }

    private static int column(TextRow row, String name) {
        for (int c = 0; c < row.size(); c++) {
            if (row.stripped(c).equalsIgnoreCase(name)) {
                return c;
            }
        }
        return -1;
    }
}
