/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.formats;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hillfit.io.ImportException;
import org.hillfit.io.ImportProblem;
import org.hillfit.io.table.CellParser;
import org.hillfit.io.table.GridCell;
import org.hillfit.io.table.TextRow;
import org.hillfit.io.table.TextTable;
import org.hillfit.plate.ChannelInfo;
import org.hillfit.plate.ChannelKind;
import org.hillfit.plate.PlateBuilder;
import org.hillfit.plate.WellId;

/**
 * The data of one SoftMax Pro {@code Plate:} section, between its header line and {@code ~End}: a raw part headed
 * by a line with the temperature column, then optionally a reduced part headed by a line without it.
 *
 * <p>PlateFormat: the raw heading lists column numbers once per wavelength, the groups separated by an empty cell;
 * each read is one line per plate row (time and temperature on its first line), reads separated by blank lines.
 * TimeFormat: the heading lists well IDs (A1, A2 …); each line is one read of one wavelength, all reads of the first
 * wavelength first. The reduced part is one grid (PlateFormat) or one line (TimeFormat) and becomes the calculated
 * channel {@value #REDUCED}.
 */
final class SoftMaxPlateSection {
    /** Name of the channel holding SoftMax Pro's reduced values. */
    static final String REDUCED = "Reduced";

    private final TextTable table;
    private final SoftMaxPlateHeader header;
    private final PlateBuilder plate;
    private final List<ImportProblem> problems;
    private final CellParser parser = CellParser.decimalPointOrComma();
    private final Set<String> names = new HashSet<>();

    private SoftMaxPlateSection(
            TextTable table, SoftMaxPlateHeader header, PlateBuilder plate, List<ImportProblem> problems) {
        this.table = table;
        this.header = header;
        this.plate = plate;
        this.problems = problems;
    }

    /**
     * Reads table rows {@code from} (the line after the header) up to {@code end} (the {@code ~End} line) into a
     * plate.
     *
     * @throws ImportException naming the line when the data does not match the header
     */
    static void read(
            TextTable table,
            int from,
            int end,
            SoftMaxPlateHeader header,
            PlateBuilder plate,
            List<ImportProblem> problems)
            throws ImportException {
        new SoftMaxPlateSection(table, header, plate, problems).readParts(from, end);
    }

    private void readParts(int from, int end) throws ImportException {
        int r = from;
        while (r < end) {
            TextRow row = table.row(r);
            if (row.isBlank()) {
                r++;
            } else if (isRawHeading(row)) {
                r = header.timeFormat() ? readTimeRaw(r, end) : readPlateRaw(r, end);
            } else if (isColumnHeading(row)) {
                r = header.timeFormat() ? readTimeReduced(r, end) : readPlateReduced(r, end);
            } else {
                throw new ImportException(
                        table.locate(row),
                        "expected a heading line of column numbers or well IDs for the data of plate '" + header.name()
                                + "'; got '" + row.first() + "'");
            }
        }
    }

    private int readPlateRaw(int headingRow, int end) throws ImportException {
        List<ColumnGroup> groups = ColumnGroup.parse(table.row(headingRow));
        if (groups.size() != header.wavelengths().size()) {
            throw new ImportException(
                    table.locate(table.row(headingRow)),
                    "expected " + header.wavelengths().size() + " group(s) of column numbers (one per wavelength,"
                            + " as the Plate: header declares); found " + groups.size());
        }
        int r = headingRow + 1;
        for (int read = 0; read < header.reads(); read++) {
            r = skipBlank(r, end);
            if (r >= end || isColumnHeading(table.row(r))) {
                throw missingRead(r, end, read);
            }
            TextRow first = table.row(r);
            List<PlateBuilder.ChannelBuilder> channels = new ArrayList<>();
            for (int w = 0; w < groups.size(); w++) {
                channels.add(rawChannel(w, first.stripped(0), first.stripped(1)));
            }
            for (int line = 0; r < end && isDataLine(table.row(r), line); line++, r++) {
                TextRow row = table.row(r);
                for (int w = 0; w < groups.size(); w++) {
                    groups.get(w).putRow(row, wellRow(row, line), channels.get(w), this::put);
                }
            }
        }
        return r;
    }

    private int readPlateReduced(int headingRow, int end) throws ImportException {
        List<ColumnGroup> groups = ColumnGroup.parse(table.row(headingRow));
        PlateBuilder.ChannelBuilder channel = reducedChannel();
        int r = headingRow + 1;
        for (int line = 0; r < end && isDataLine(table.row(r), line); line++, r++) {
            TextRow row = table.row(r);
            for (ColumnGroup group : groups) {
                group.putRow(row, wellRow(row, line), channel, this::put);
            }
        }
        return r;
    }

    private int readTimeRaw(int headingRow, int end) throws ImportException {
        Map<Integer, WellId> wells = wellColumns(table.row(headingRow));
        int expected = header.reads() * header.wavelengths().size();
        int r = headingRow + 1;
        for (int n = 0; n < expected; n++) {
            r = skipBlank(r, end);
            if (r >= end || isColumnHeading(table.row(r))) {
                throw missingRead(r, end, n);
            }
            TextRow row = table.row(r);
            PlateBuilder.ChannelBuilder channel = rawChannel(n / header.reads(), row.stripped(0), row.stripped(1));
            for (Map.Entry<Integer, WellId> e : wells.entrySet()) {
                put(channel, new GridCell(e.getValue(), row.cell(e.getKey()), row.line()));
            }
            r++;
        }
        return r;
    }

    private int readTimeReduced(int headingRow, int end) throws ImportException {
        Map<Integer, WellId> wells = wellColumns(table.row(headingRow));
        int r = skipBlank(headingRow + 1, end);
        if (r < end) {
            TextRow row = table.row(r);
            PlateBuilder.ChannelBuilder channel = reducedChannel();
            for (Map.Entry<Integer, WellId> e : wells.entrySet()) {
                put(channel, new GridCell(e.getValue(), row.cell(e.getKey()), row.line()));
            }
            r++;
        }
        return r;
    }

    private PlateBuilder.ChannelBuilder rawChannel(int wavelengthIndex, String time, String temperature) {
        String wavelength = header.wavelengths().get(wavelengthIndex);
        String base = wavelength.equals("0") ? header.readMode() : wavelength;
        String name = header.reads() > 1 ? base + " @ " + (time.isEmpty() ? "read" : time) : base;
        name = ExportNames.unique(name, names);
        names.add(name);
        ChannelSettings settings = new ChannelSettings()
                .set(ChannelInfo.KEY_LABEL, header.readMode() + (wavelength.equals("0") ? "" : " " + wavelength));
        if (!wavelength.equals("0")) {
            settings.set(
                    header.isAbsorbance() ? ChannelSettings.KEY_WAVELENGTH_NM : ChannelInfo.KEY_EMISSION_NM,
                    wavelength);
        }
        if (wavelengthIndex < header.excitations().size()) {
            settings.set(ChannelInfo.KEY_EXCITATION_NM, header.excitations().get(wavelengthIndex));
        }
        header.settings().forEach(settings::set);
        settings.set("temperature", temperature.isEmpty() ? "" : temperature + " °C");
        settings.set("read_time", header.reads() > 1 ? time : "");
        return plate.channel(name).info(settings.info(ChannelKind.RAW));
    }

    private PlateBuilder.ChannelBuilder reducedChannel() {
        String name = ExportNames.unique(REDUCED, names);
        names.add(name);
        return plate.channel(name)
                .info(new ChannelSettings()
                        .set(ChannelInfo.KEY_FORMULA, "SoftMax Pro reduction")
                        .info(ChannelKind.CALCULATED));
    }

    private int wellRow(TextRow row, int line) throws ImportException {
        int index = header.firstRow() - 1 + line;
        if (index < 0 || index > WellId.MAX_ROW_INDEX) {
            throw new ImportException(
                    table.locate(row), "plate row " + (index + 1) + " is beyond the 32 rows of a 1536-well plate");
        }
        return index;
    }

    private Map<Integer, WellId> wellColumns(TextRow heading) throws ImportException {
        Map<Integer, WellId> wells = new java.util.LinkedHashMap<>();
        for (int c = 2; c < heading.size(); c++) {
            String text = heading.stripped(c);
            if (text.isEmpty()) {
                continue;
            }
            Optional<WellId> well = WellId.tryParse(text);
            if (well.isEmpty()) {
                throw new ImportException(
                        table.locate(heading),
                        "expected well IDs (A1, A2 …) across the TimeFormat heading; got '" + text + "' in column "
                                + (c + 1));
            }
            wells.put(c, well.get());
        }
        return wells;
    }

    private void put(PlateBuilder.ChannelBuilder channel, GridCell cell) throws ImportException {
        MatrixCells.put(channel, cell, parser.parse(cell.text()), table, problems);
    }

    private ImportException missingRead(int r, int end, int found) {
        TextRow at = table.row(Math.min(r, end));
        int expected =
                header.reads() * (header.timeFormat() ? header.wavelengths().size() : 1);
        return new ImportException(
                table.locate(at),
                "plate '" + header.name() + "' declares " + expected + " read line group(s) but the data ends after "
                        + found);
    }

    private int skipBlank(int r, int end) {
        int i = r;
        while (i < end && table.row(i).isBlank()) {
            i++;
        }
        return i;
    }

    /** A line of one grid: not blank and (after the first) not the first line of the next read. */
    private static boolean isDataLine(TextRow row, int lineInGrid) {
        return !row.isBlank() && (lineInGrid == 0 || row.stripped(0).isEmpty());
    }

    /** The heading of the raw part: a text (the temperature column's title) in the second cell. */
    private boolean isRawHeading(TextRow row) {
        String second = row.stripped(1);
        return !second.isEmpty() && !parser.isNumber(second) && (isWellOrNumberRun(row));
    }

    /** The heading of the reduced part: first two cells empty, then only column numbers or well IDs. */
    static boolean isColumnHeading(TextRow row) {
        return row.stripped(0).isEmpty() && row.stripped(1).isEmpty() && isWellOrNumberRun(row);
    }

    /** From the third cell on, only well IDs, or runs of consecutive column numbers, and at least one of them. */
    private static boolean isWellOrNumberRun(TextRow row) {
        int seen = 0;
        int previous = 0;
        for (int c = 2; c < row.size(); c++) {
            String text = row.stripped(c);
            if (text.isEmpty()) {
                previous = 0;
                continue;
            }
            Optional<Integer> column = ColumnGroup.columnNumber(text);
            boolean ok = column.isPresent()
                    ? previous == 0 || column.get() == previous + 1
                    : WellId.tryParse(text).isPresent();
            if (!ok) {
                return false;
            }
            previous = column.orElse(0);
            seen++;
        }
        return seen > 0;
    }
}
