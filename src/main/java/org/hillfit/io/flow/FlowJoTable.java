/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.flow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hillfit.io.ImportException;
import org.hillfit.io.ImportProblem;
import org.hillfit.io.ImportResult;
import org.hillfit.io.table.CellParser;
import org.hillfit.io.table.CellValue;
import org.hillfit.io.table.TextRow;
import org.hillfit.io.table.TextTable;
import org.hillfit.plate.ChannelInfo;
import org.hillfit.plate.Plate;
import org.hillfit.plate.PlateBuilder;
import org.hillfit.plate.PlateMetadata;
import org.hillfit.plate.WellFlag;
import org.hillfit.plate.WellId;
import org.hillfit.plate.WellMarker;

/** Reads one FlowJo table (see {@link FlowJoTableImporter}). Single use. */
final class FlowJoTable {
    /** First cells of FlowJo's summary rows. */
    static final Set<String> SUMMARY_ROWS =
            Set.of("mean", "sd", "stddev", "std. dev.", "std dev", "median", "cv", "min", "max", "sum");

    private static final List<String> PLATE_KEYWORDS = List.of("$PLATENAME", "PLATE NAME", "PLATENAME");

    private final TextTable table;
    private final CellParser parser;
    private final List<ImportProblem> problems = new ArrayList<>();
    private TextRow header;
    private final List<Integer> statistics = new ArrayList<>();
    private final List<String> channels = new ArrayList<>();
    private final Map<String, Integer> keywordColumns = new HashMap<>();

    FlowJoTable(TextTable table) {
        this.table = table;
        this.parser = CellParser.forTable(table);
    }

    ImportResult read() throws ImportException {
        int first = firstRow();
        header = table.row(first);
        List<TextRow> samples = sampleRows(first + 1);
        classifyColumns(samples);
        if (statistics.isEmpty()) {
            throw new ImportException(
                    table.locate(header),
                    "no statistic columns: every column after the sample" + " names is a keyword or holds no numbers");
        }
        Map<String, PlateBuilder> plates = new LinkedHashMap<>();
        Map<String, Map<WellId, String>> seen = new HashMap<>();
        int located = 0;
        for (TextRow row : samples) {
            Optional<WellId> well = well(row);
            if (well.isEmpty()) {
                problems.add(ImportProblem.warning(
                        table.locate(row),
                        "cannot tell the well of sample '" + sample(row)
                                + "': no well keyword column and no well ID in its name; the row is ignored"));
                continue;
            }
            located++;
            String plateName = plateName(row);
            PlateBuilder plate = plates.computeIfAbsent(plateName, this::newPlate);
            claim(seen.computeIfAbsent(plateName, p -> new HashMap<>()), well.get(), row);
            put(plate, well.get(), row);
        }
        if (located == 0) {
            throw new ImportException(
                    table.location(),
                    "none of the " + samples.size() + " samples names its well"
                            + (samples.isEmpty() ? "" : " (e.g. '" + sample(samples.get(0)) + "')")
                            + "; add a $WELLID keyword column in FlowJo's table editor or name files like …_B03.fcs");
        }
        List<Plate> built = plates.values().stream().map(PlateBuilder::build).toList();
        return new ImportResult(built, problems);
    }

    private int firstRow() throws ImportException {
        for (int r = 0; r < table.size(); r++) {
            if (!table.row(r).isBlank()) {
                return r;
            }
        }
        throw new ImportException(table.location(), "the file is empty");
    }

    private List<TextRow> sampleRows(int from) {
        List<TextRow> rows = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        for (TextRow row : table.rows().subList(from, table.size())) {
            String first = row.stripped(0);
            if (row.isBlank() || first.isEmpty()) {
                continue;
            }
            if (SUMMARY_ROWS.contains(first.toLowerCase(Locale.ROOT))) {
                dropped.add(first);
            } else {
                rows.add(row);
            }
        }
        if (!dropped.isEmpty()) {
            problems.add(new ImportProblem(
                    ImportProblem.Severity.INFO, table.location(), "FlowJo summary rows " + dropped + " were dropped"));
        }
        return rows;
    }

    /** Keyword columns ($…, WELL ID, text-only) versus statistic columns (numbers or markers). */
    private void classifyColumns(List<TextRow> samples) {
        for (int c = 1; c < header.size(); c++) {
            String name = header.stripped(c);
            String upper = name.toUpperCase(Locale.ROOT);
            boolean keyword = upper.startsWith("$")
                    || WellLocator.WELL_KEYWORDS.contains(upper)
                    || WellLocator.NAME_KEYWORDS.contains(upper)
                    || PLATE_KEYWORDS.contains(upper)
                    || upper.equals("WELL");
            if (keyword || !holdsValues(samples, c)) {
                if (!name.isEmpty()) {
                    keywordColumns.putIfAbsent(upper, c);
                }
            } else {
                statistics.add(c);
                channels.add(unique(channels, name.isEmpty() ? "column " + (c + 1) : name));
            }
        }
    }

    private boolean holdsValues(List<TextRow> samples, int column) {
        return samples.stream()
                .map(r -> parser.parse(r.cell(column)))
                .anyMatch(v -> v instanceof CellValue.Number || v instanceof CellValue.Marker);
    }

    private Optional<WellId> well(TextRow row) {
        for (String keyword : concat(WellLocator.WELL_KEYWORDS, List.of("WELL"))) {
            Optional<WellId> well = keyword(row, keyword).flatMap(WellLocator::inText);
            if (well.isPresent()) {
                return well;
            }
        }
        for (String keyword : WellLocator.NAME_KEYWORDS) {
            Optional<WellId> well = keyword(row, keyword).flatMap(WellLocator::inText);
            if (well.isPresent()) {
                return well;
            }
        }
        return WellLocator.inText(sample(row));
    }

    private Optional<String> keyword(TextRow row, String keyword) {
        Integer column = keywordColumns.get(keyword);
        return column == null
                ? Optional.empty()
                : Optional.of(row.stripped(column)).filter(s -> !s.isEmpty());
    }

    private String plateName(TextRow row) {
        for (String keyword : PLATE_KEYWORDS) {
            Optional<String> name = keyword(row, keyword);
            if (name.isPresent()) {
                return name.get();
            }
        }
        String file = String.valueOf(table.file().getFileName());
        int dot = file.lastIndexOf('.');
        return dot > 0 ? file.substring(0, dot) : file;
    }

    private PlateBuilder newPlate(String name) {
        PlateBuilder plate = new PlateBuilder(name).metadata(PlateMetadata.SOFTWARE, "FlowJo (table export)");
        for (String channel : channels) {
            plate.channel(channel).info(ChannelInfo.raw(Map.of(ChannelInfo.KEY_LABEL, channel)));
        }
        return plate;
    }

    private void put(PlateBuilder plate, WellId well, TextRow row) {
        for (int i = 0; i < statistics.size(); i++) {
            String channel = channels.get(i);
            CellValue value = parser.parse(row.cell(statistics.get(i)));
            PlateBuilder.ChannelBuilder builder = plate.channel(channel);
            if (value instanceof CellValue.Number number) {
                builder.value(well, number.value());
            } else if (value instanceof CellValue.Marker marker) {
                builder.marker(well, marker.marker());
            } else if (value instanceof CellValue.Text text) {
                builder.marker(well, new WellMarker(WellFlag.INVALID, text.text()));
                problems.add(ImportProblem.warning(
                        table.locate(row).withWell(well.label()),
                        "'" + text.text() + "' in column '" + channel
                                + "' is not a number; the well is flagged invalid"));
            }
        }
    }

    private void claim(Map<WellId, String> seen, WellId well, TextRow row) throws ImportException {
        String previous = seen.putIfAbsent(well, sample(row));
        if (previous != null) {
            throw new ImportException(
                    table.locate(row).withWell(well.label()),
                    "well " + well + " appears twice: samples '" + previous + "' and '" + sample(row) + "'");
        }
    }

    /** The sample name without FlowJo's "1: " row number. */
    private static String sample(TextRow row) {
        return row.stripped(0).replaceFirst("^\\d+:\\s*", "");
    }

    private static String unique(List<String> used, String name) {
        if (!used.contains(name)) {
            return name;
        }
        int n = 2;
        while (used.contains(name + " (" + n + ")")) {
            n++;
        }
        return name + " (" + n + ")";
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
