/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.formats;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hillfit.io.ImportException;
import org.hillfit.io.ImportProblem;
import org.hillfit.io.table.CellParser;
import org.hillfit.io.table.GridCell;
import org.hillfit.io.table.TextRow;
import org.hillfit.io.table.TextTable;
import org.hillfit.plate.ChannelInfo;
import org.hillfit.plate.ChannelKind;
import org.hillfit.plate.PlateBuilder;
import org.hillfit.plate.PlateMetadata;
import org.hillfit.plate.WellId;

/**
 * A Tecan Magellan list export: one column per label (Label1, Label2 …) headed by the label, the read time
 * ({@code 0s}) and the temperature, a {@code Well positions} column (A1, B1 … in any order, often column-major),
 * {@code Label1=535} notes to the right, and a free-text footer (date, method file, instrument, one {@code
 * Measurement N:} section of settings per label). A label repeated with another time (kinetic) becomes
 * {@code Label1 @ 60s}.
 */
final class MagellanListSheet {
    private static final Pattern LABEL_NOTE = Pattern.compile("(.+?)=(.+)");
    private static final Pattern MEASURED =
            Pattern.compile("Date of measurement:\\s*(\\S+)\\s*/\\s*Time of measurement:\\s*(\\S+)");
    private static final Pattern MEASUREMENT = Pattern.compile("Measurement (\\d+):");

    private final TextTable table;
    private final PlateBuilder plate;
    private final int headerRow;
    private final int wellColumn;
    private final Map<String, ChannelSettings> byLabel = new LinkedHashMap<>();

    private MagellanListSheet(TextTable table, PlateBuilder plate, int headerRow, int wellColumn) {
        this.table = table;
        this.plate = plate;
        this.headerRow = headerRow;
        this.wellColumn = wellColumn;
    }

    /**
     * Where the "Well positions" heading cell is.
     *
     * @param row 0-based table row of the label heading
     * @param column 0-based cell index of the well column
     */
    record Heading(int row, int column) {}

    /** The "Well positions" heading, when one of the first rows of the sheet has it. */
    static Optional<Heading> heading(TextTable table) {
        for (int r = 0; r < Math.min(5, table.size()); r++) {
            List<String> cells = table.row(r).cells();
            for (int c = 0; c < cells.size(); c++) {
                if (cells.get(c).strip().toLowerCase(Locale.ROOT).startsWith("well position")) {
                    return Optional.of(new Heading(r, c));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Reads the sheet into a plate.
     *
     * @throws ImportException naming the line when there are no well rows or a well repeats
     */
    static void read(TextTable table, Heading heading, PlateBuilder plate, List<ImportProblem> problems)
            throws ImportException {
        new MagellanListSheet(table, plate, heading.row(), heading.column()).readSheet(problems);
    }

    private void readSheet(List<ImportProblem> problems) throws ImportException {
        int firstData = headerRow + 1;
        while (firstData < table.size() && wellAt(table.row(firstData)).isEmpty()) {
            firstData++;
        }
        if (firstData >= table.size()) {
            throw new ImportException(
                    table.locate(table.row(headerRow)),
                    "expected well positions (A1, B1 …) in column " + (wellColumn + 1) + " under 'Well positions'");
        }
        List<PlateBuilder.ChannelBuilder> channels = columns(firstData);
        CellParser parser = CellParser.forTable(table);
        int r = firstData;
        for (; r < table.size() && wellAt(table.row(r)).isPresent(); r++) {
            TextRow row = table.row(r);
            WellId well = wellAt(row).orElseThrow();
            for (int c = 0; c < channels.size(); c++) {
                if (channels.get(c) != null) {
                    GridCell cell = new GridCell(well, row.cell(c), row.line());
                    MatrixCells.put(channels.get(c), cell, parser.parse(cell.text()), table, problems);
                }
            }
        }
        footer(r);
        for (int c = 0; c < channels.size(); c++) {
            if (channels.get(c) != null) {
                String label = table.row(headerRow).stripped(c);
                channels.get(c).info(byLabel.get(label).info(ChannelKind.RAW));
            }
        }
        plate.metadata(PlateMetadata.SOFTWARE, "Tecan Magellan");
    }

    /** One channel per labelled column left of the well column; sub-heading rows give time and temperature. */
    private List<PlateBuilder.ChannelBuilder> columns(int firstData) {
        List<PlateBuilder.ChannelBuilder> channels = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int c = 0; c < wellColumn; c++) {
            String label = table.row(headerRow).stripped(c);
            if (label.isEmpty()) {
                channels.add(null);
                continue;
            }
            ChannelSettings settings =
                    byLabel.computeIfAbsent(label, l -> new ChannelSettings().set(ChannelInfo.KEY_LABEL, l));
            String time = "";
            for (int r = headerRow + 1; r < firstData; r++) {
                String text = table.row(r).stripped(c);
                if (text.contains("°")) {
                    settings.set("temperature", text);
                } else if (!text.isEmpty()) {
                    time = text;
                    settings.set("read_time", text);
                }
            }
            String name = names.contains(label) ? ExportNames.unique(label + " @ " + time, names) : label;
            names.add(name);
            channels.add(plate.channel(name));
        }
        for (int r = headerRow; r < firstData; r++) {
            ExportNames.formatIn(table.row(r).stripped(wellColumn)).ifPresent(plate::format);
        }
        return channels;
    }

    private Optional<WellId> wellAt(TextRow row) {
        return WellId.tryParse(row.stripped(wellColumn));
    }

    /** Label notes right of the data ({@code Label1=535}) and the free-text footer below it. */
    private void footer(int from) {
        for (int r = headerRow; r < from; r++) {
            TextRow row = table.row(r);
            for (int c = wellColumn + 1; c < row.size(); c++) {
                Matcher m = LABEL_NOTE.matcher(row.stripped(c));
                if (m.matches() && byLabel.containsKey(m.group(1).strip())) {
                    byLabel.get(m.group(1).strip()).set("label_note", m.group(2).strip());
                }
            }
        }
        List<String> labels = new ArrayList<>(byLabel.keySet());
        ChannelSettings measurement = null;
        String previous = "";
        for (int r = from; r < table.size(); r++) {
            String line = table.row(r).first();
            Matcher measured = MEASURED.matcher(line);
            Matcher section = MEASUREMENT.matcher(line);
            if (measured.find()) {
                plate.metadata(PlateMetadata.MEASURED_AT, measured.group(1) + " " + measured.group(2));
            } else if (section.matches()) {
                int n = Integer.parseInt(section.group(1));
                measurement = n <= labels.size() ? byLabel.get(labels.get(n - 1)) : null;
            } else if (line.startsWith("Instrument serial number:")) {
                String serial = line.substring(line.indexOf(':') + 1).strip();
                plate.metadata(
                        PlateMetadata.INSTRUMENT, previous.isEmpty() ? serial : previous + " (serial " + serial + ")");
            } else if (line.toLowerCase(Locale.ROOT).endsWith(".mth") && !line.contains("\\")) {
                plate.metadata(PlateMetadata.PROTOCOL, line);
            } else if (line.toLowerCase(Locale.ROOT).endsWith(".wsp") && !line.contains("\\")) {
                plate.metadata("workspace", line);
            } else if (line.startsWith("Meas. temperature") || line.startsWith("Date:")) {
                measurement = null; // the per-measurement sections are over
            } else if (measurement != null && line.contains(":")) {
                TecanSettingLine s = TecanSettingLine.of(table.row(r)).get(0);
                measurement.put(s.key(), s.value(), s.unit());
            }
            previous = line;
        }
    }
}
