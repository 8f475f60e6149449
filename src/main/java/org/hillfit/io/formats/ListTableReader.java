/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.formats;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.hillfit.io.ImportException;
import org.hillfit.io.ImportProblem;
import org.hillfit.io.SourceLocation;
import org.hillfit.io.table.CellParser;
import org.hillfit.io.table.CellValue;
import org.hillfit.io.table.Cells;
import org.hillfit.io.table.ChannelTitle;
import org.hillfit.io.table.TextRow;
import org.hillfit.io.table.TextTable;
import org.hillfit.plate.PlateBuilder;
import org.hillfit.plate.WellFlag;
import org.hillfit.plate.WellId;
import org.hillfit.plate.WellMarker;

/**
 * Reads the lines of one plate list for {@link GenericListImporter} into plate builders, one per plate name in
 * order of first appearance. Every line names a well (A1, A01 or A001); a line that does not, a well listed twice
 * for the same plate and channel, or an empty plate or channel name is an {@link ImportException} naming the line.
 */
final class ListTableReader {
    private static final Pattern WELL_LIKE = Pattern.compile("[A-Za-z]{1,3}\\d{1,4}");

    private final TextTable table;
    private final ListColumns columns;
    private final String defaultPlate;
    private final CellParser parser;
    private final Map<String, PlateBuilder> plates;
    private final ListPlateExtent extent;
    private final List<ImportProblem> problems;
    private final Map<String, Integer> firstLine = new HashMap<>();

    ListTableReader(
            TextTable table,
            ListColumns columns,
            String defaultPlate,
            ListPlateExtent extent,
            List<ImportProblem> problems) {
        this.table = table;
        this.columns = columns;
        this.defaultPlate = defaultPlate;
        this.parser = CellParser.forTable(table);
        this.plates = new LinkedHashMap<>();
        this.extent = extent;
        this.problems = problems;
    }

    /** Reads every line below the header; returns the plates by name, in order of first appearance. */
    Map<String, PlateBuilder> read() throws ImportException {
        List<ListColumns.Column> channels = columns.isLong() ? List.of() : numericColumns();
        int lines = 0;
        for (int r = columns.headerRow() + 1; r < table.size(); r++) {
            TextRow row = table.row(r);
            if (row.isBlank() || isComment(row, columns)) {
                continue;
            }
            lines++;
            SourceLocation where = table.locate(row);
            WellId well = well(row, where);
            PlateBuilder plate = plate(row, where);
            if (columns.isLong()) {
                String channel = nonBlank(row, columns.channel(), "channel", where);
                put(plate, channel, well, row.cell(columns.value()), row, where);
            } else {
                for (ListColumns.Column column : channels) {
                    put(plate, column.name(), well, row.cell(column.index()), row, where);
                }
            }
        }
        if (lines == 0) {
            throw new ImportException(
                    table.locate(table.row(columns.headerRow())),
                    "the list has a header but no data lines; expected one line per well below it");
        }
        return plates;
    }

    /** Wide-list columns holding at least one number or marker; text-only columns are annotations. */
    private List<ListColumns.Column> numericColumns() throws ImportException {
        List<ListColumns.Column> numeric = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (ListColumns.Column column : columns.wide()) {
            if (!names.add(column.name())) {
                throw new ImportException(
                        table.locate(table.row(columns.headerRow())),
                        "two columns are named '" + column.name() + "'; each channel needs its own name");
            }
            boolean hasData = false;
            for (int r = columns.headerRow() + 1; r < table.size() && !hasData; r++) {
                CellValue value = parser.parse(table.row(r).cell(column.index()));
                hasData = GenericMatrixImporter.isNumberOrMarker(value);
            }
            if (hasData) {
                numeric.add(column);
            } else {
                problems.add(new ImportProblem(
                        ImportProblem.Severity.INFO,
                        table.location(),
                        "column '" + column.name() + "' holds no numbers and is not read as a channel"));
            }
        }
        if (numeric.isEmpty() && table.size() > columns.headerRow() + 1) {
            throw new ImportException(
                    table.locate(table.row(columns.headerRow())),
                    "no column besides 'well' holds numbers; expected 'well,<channel>,…' with values, or"
                            + " 'plate,well,channel,value'");
        }
        return numeric;
    }

    /** A line starting with '#' whose well cell holds no well ID (a plate named "#1" is data, not a comment). */
    static boolean isComment(TextRow row, ListColumns columns) {
        return row.first().startsWith("#") && !looksLikeWell(row.cell(columns.well()));
    }

    /** True for text shaped like a well ID (letters then digits), whether or not it lies on a plate. */
    static boolean looksLikeWell(String text) {
        return WELL_LIKE.matcher(Cells.unwrapExcelText(text)).matches();
    }

    private WellId well(TextRow row, SourceLocation where) throws ImportException {
        String text = Cells.unwrapExcelText(row.cell(columns.well()));
        Optional<WellId> well = WellId.tryParse(text);
        if (well.isPresent()) {
            return well.get();
        }
        if (WELL_LIKE.matcher(text).matches()) {
            throw new ImportException(
                    where.withWell(text), "well '" + text + "' lies outside every plate (rows A–AF, columns 1–48)");
        }
        throw new ImportException(
                where, "expected a well ID such as A1, A01 or A001 in the well column; got '" + text + "'");
    }

    private PlateBuilder plate(TextRow row, SourceLocation where) throws ImportException {
        String name = columns.plate() < 0 ? defaultPlate : nonBlank(row, columns.plate(), "plate", where);
        return plates.computeIfAbsent(name, PlateBuilder::new);
    }

    private static String nonBlank(TextRow row, int index, String column, SourceLocation where) throws ImportException {
        String text = Cells.unwrapExcelText(row.cell(index));
        if (text.isEmpty()) {
            throw new ImportException(where, "the '" + column + "' column is empty");
        }
        return text;
    }

    private void put(PlateBuilder plate, String channelName, WellId well, String raw, TextRow row, SourceLocation at)
            throws ImportException {
        SourceLocation where = at.withWell(well.label());
        Optional<WellMarker> flag = flag(row, where);
        CellValue value = parser.parse(raw);
        if (flag.isEmpty() && value instanceof CellValue.Blank) {
            return;
        }
        String key = plate.name() + '\u0000' + channelName + '\u0000' + well.label();
        Integer earlier = firstLine.putIfAbsent(key, row.line());
        if (earlier != null) {
            throw new ImportException(
                    where,
                    "well " + well + " of channel '" + channelName + "' on plate '" + plate.name()
                            + "' is listed twice (first on line " + earlier + ")");
        }
        extent.see(plate.name(), well, where);
        PlateBuilder.ChannelBuilder channel = plate.hasChannel(channelName)
                ? plate.channel(channelName)
                : plate.channel(channelName).info(ChannelTitle.info(channelName));
        if (flag.isPresent()) {
            if (value instanceof CellValue.Number) {
                problems.add(ImportProblem.warning(where, "the well has both a value and a flag; the flag is kept"));
            }
            channel.marker(well, flag.get());
        } else if (value instanceof CellValue.Number number) {
            channel.value(well, number.value());
        } else if (value instanceof CellValue.Marker marker) {
            channel.marker(well, marker.marker());
        } else if (value instanceof CellValue.Text text) {
            channel.marker(well, new WellMarker(WellFlag.INVALID, text.text()));
            problems.add(ImportProblem.warning(where, "'" + text.text() + "' is not a number; the well is flagged"));
        }
    }

    /** The flag column as written by {@code hillfit convert} (a flag slug) or an instrument marker. */
    private Optional<WellMarker> flag(TextRow row, SourceLocation where) {
        if (columns.flag() < 0) {
            return Optional.empty();
        }
        String text = Cells.unwrapExcelText(row.cell(columns.flag()));
        if (text.isEmpty()) {
            return Optional.empty();
        }
        for (WellFlag flag : WellFlag.values()) {
            if (flag.slug().equals(text.toLowerCase(Locale.ROOT))) {
                return Optional.of(new WellMarker(flag, text));
            }
        }
        if (parser.parse(text) instanceof CellValue.Marker marker) {
            return Optional.of(marker.marker());
        }
        problems.add(ImportProblem.warning(where, "unknown flag '" + text + "'; the well is flagged invalid"));
        return Optional.of(new WellMarker(WellFlag.INVALID, text));
    }
}
