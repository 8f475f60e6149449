/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.formats;

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
import org.hillfit.io.table.CellParser;
import org.hillfit.io.table.Cells;
import org.hillfit.io.table.GridCell;
import org.hillfit.io.table.TextTable;
import org.hillfit.plate.Plate;
import org.hillfit.plate.PlateBuilder;
import org.hillfit.plate.PlateFormat;
import org.hillfit.plate.PlateMetadata;

/**
 * Builds plates from a scanned EnVision export. Each result belongs to a {@code Plate information} line: the last
 * one before it when the export places plate information at the beginning of each plate (the default), else the
 * one after it ("End of plate"). Results of the same Plate and Repeat make one plate, named by its barcode, else
 * "Plate N" (plus " repeat R" for repeats after the first).
 */
final class EnvisionPlates {
    /** Plate information columns that describe one measurement, not the plate. */
    private static final Set<String> MEASUREMENT_COLUMNS = Set.of(
            "plate",
            "repeat",
            "barcode",
            "measurement date",
            "group",
            "label",
            "scanx",
            "scany",
            "measinfo",
            "kinetics",
            "formula");

    private final TextTable table;
    private final EnvisionFooter footer;
    private final CellParser parser;
    private final List<ImportProblem> problems;
    private final Map<EnvisionEvent.PlateKey, Accumulator> plates = new LinkedHashMap<>();

    private EnvisionPlates(TextTable table, EnvisionFooter footer, List<ImportProblem> problems) {
        this.table = table;
        this.footer = footer;
        this.parser = CellParser.forTable(table);
        this.problems = problems;
    }

    /** One plate being assembled. */
    private static final class Accumulator {
        final List<EnvisionEvent.PlateInfo> infos = new ArrayList<>();
        final Map<String, EnvisionChannels.Described> channels = new LinkedHashMap<>();
        final Map<String, List<GridCell>> cells = new HashMap<>();
        PlateFormat format;
        String readMode = "";
    }

    /**
     * Builds the plates of a scanned export, in order of first appearance.
     *
     * @throws ImportException when a block does not fit the plate format or a well appears twice in a channel
     */
    static List<Plate> build(TextTable table, EnvisionScanner scan, List<ImportProblem> problems)
            throws ImportException {
        EnvisionPlates builder = new EnvisionPlates(table, scan.footer(), problems);
        List<EnvisionEvent> events = scan.events();
        List<EnvisionEvent.PlateInfo> infos = new ArrayList<>();
        List<EnvisionEvent.Result> results = new ArrayList<>();
        for (EnvisionEvent event : events) {
            if (event instanceof EnvisionEvent.PlateInfo info) {
                infos.add(info);
            } else if (event instanceof EnvisionEvent.Result result) {
                results.add(result);
            }
        }
        boolean infoFirst = !events.isEmpty() && events.get(0) instanceof EnvisionEvent.PlateInfo;
        for (int i = 0; i < results.size(); i++) {
            EnvisionEvent.Result result = results.get(i);
            Optional<EnvisionEvent.PlateInfo> info = result.plate().isPresent()
                    ? infos.stream()
                            .filter(p -> p.key().equals(result.plate().get()))
                            .findFirst()
                    : pair(events, infos, results, i, infoFirst);
            builder.add(result, info);
        }
        return builder.plates();
    }

    private static Optional<EnvisionEvent.PlateInfo> pair(
            List<EnvisionEvent> events,
            List<EnvisionEvent.PlateInfo> infos,
            List<EnvisionEvent.Result> results,
            int resultIndex,
            boolean infoFirst) {
        if (infos.isEmpty()) {
            return Optional.empty();
        }
        int at = events.indexOf(results.get(resultIndex));
        if (infoFirst) {
            for (int e = at - 1; e >= 0; e--) {
                if (events.get(e) instanceof EnvisionEvent.PlateInfo info) {
                    return Optional.of(info);
                }
            }
        }
        if (infos.size() == results.size()) {
            return Optional.of(infos.get(resultIndex));
        }
        for (int e = at + 1; e < events.size(); e++) {
            if (events.get(e) instanceof EnvisionEvent.PlateInfo info) {
                return Optional.of(info);
            }
        }
        return Optional.of(infos.get(infos.size() - 1));
    }

    private void add(EnvisionEvent.Result result, Optional<EnvisionEvent.PlateInfo> info) throws ImportException {
        EnvisionEvent.PlateKey key =
                result.plate().or(() -> info.map(EnvisionEvent.PlateInfo::key)).orElse(EnvisionEvent.PlateKey.FIRST);
        Accumulator plate = plates.computeIfAbsent(key, k -> new Accumulator());
        info.filter(i -> !plate.infos.contains(i)).ifPresent(plate.infos::add);
        Optional<PlateFormat> format = footer.plateFormat().or(result::format);
        if (format.isPresent()) {
            if (plate.format != null && plate.format != format.get()) {
                throw new ImportException(
                        table.location().atLine(result.line()),
                        "this block is laid out for a " + format.get() + " plate but earlier blocks of plate "
                                + key.plate() + " are " + plate.format);
            }
            plate.format = format.get();
        }
        // a list's plate information line describes the plate, not each column's measurement
        EnvisionChannels.Described described =
                EnvisionChannels.describe(result, result.plate().isPresent() ? Optional.empty() : info, footer);
        String name = unique(plate, described.name());
        plate.channels.put(name, described);
        plate.cells.put(name, result.cells());
        if (plate.readMode.isEmpty()) {
            plate.readMode = described.readMode();
        }
    }

    private static String unique(Accumulator plate, String wanted) {
        String name = wanted;
        for (int n = 2; plate.channels.containsKey(name); n++) {
            name = wanted + " (" + n + ")";
        }
        return name;
    }

    private List<Plate> plates() throws ImportException {
        Map<EnvisionEvent.PlateKey, String> names = plateNames();
        List<Plate> built = new ArrayList<>();
        for (Map.Entry<EnvisionEvent.PlateKey, Accumulator> e : plates.entrySet()) {
            Accumulator acc = e.getValue();
            PlateBuilder plate = new PlateBuilder(names.get(e.getKey()));
            if (acc.format != null) {
                plate.format(acc.format);
            }
            for (Map.Entry<String, EnvisionChannels.Described> channel : acc.channels.entrySet()) {
                PlateBuilder.ChannelBuilder builder =
                        plate.channel(channel.getKey()).info(channel.getValue().info());
                for (GridCell cell : acc.cells.get(channel.getKey())) {
                    checkFits(cell, acc.format);
                    MatrixCells.put(builder, cell, parser.parse(cell.text()), table, problems);
                }
            }
            metadata(plate, acc);
            if (!plate.isEmpty()) {
                built.add(plate.build());
            }
        }
        return built;
    }

    private void checkFits(GridCell cell, PlateFormat format) throws ImportException {
        if (format != null && !format.contains(cell.well()) && !cell.text().isBlank()) {
            throw new ImportException(
                    table.location().atLine(cell.line()).withWell(cell.well().label()),
                    "well " + cell.well() + " is outside the " + format + " plate the export describes");
        }
    }

    private Map<EnvisionEvent.PlateKey, String> plateNames() {
        Map<EnvisionEvent.PlateKey, String> names = new HashMap<>();
        Set<String> used = new java.util.HashSet<>();
        for (Map.Entry<EnvisionEvent.PlateKey, Accumulator> e : plates.entrySet()) {
            EnvisionEvent.PlateKey key = e.getKey();
            String barcode = barcode(e.getValue());
            String name = (barcode.isEmpty() ? "Plate " + key.plate() : barcode)
                    + (key.repeat() > 1 ? " repeat " + key.repeat() : "");
            if (!used.add(name)) {
                name = name + " (plate " + key.plate() + ")";
                used.add(name);
            }
            names.put(key, name);
        }
        return names;
    }

    private static String barcode(Accumulator plate) {
        return plate.infos.stream()
                .map(i -> Cells.unwrapExcelText(i.value("Barcode")))
                .filter(b -> !b.isBlank())
                .findFirst()
                .orElse("");
    }

    private void metadata(PlateBuilder plate, Accumulator acc) {
        plate.metadata(PlateMetadata.BARCODE, barcode(acc));
        plate.metadata(PlateMetadata.INSTRUMENT, footer.instrument());
        footer.software().ifPresent(s -> plate.metadata(PlateMetadata.SOFTWARE, s));
        footer.value("basic assay information", "protocol name")
                .or(() -> footer.value("protocol", "protocol name"))
                .ifPresent(p -> plate.metadata(PlateMetadata.PROTOCOL, p));
        plate.metadata(PlateMetadata.READ_MODE, acc.readMode);
        acc.infos.stream()
                .map(i -> i.value("Measurement date"))
                .filter(d -> !d.isEmpty())
                .findFirst()
                .ifPresent(date -> {
                    plate.metadata(PlateMetadata.MEASURED_AT, date);
                    ExportDates.toIso(date).ifPresent(iso -> plate.metadata("measured_at_iso", iso));
                });
        footer.value("basic assay information", "assay id").ifPresent(v -> plate.metadata("assay_id", v));
        footer.value("plate type", "name of the plate type").ifPresent(v -> plate.metadata("plate_type", v));
        footer.value("instrument", "nickname").ifPresent(v -> plate.metadata("instrument_nickname", v));
        Map<String, String> extra = new LinkedHashMap<>();
        for (EnvisionEvent.PlateInfo info : acc.infos) {
            for (String header : info.values().keySet()) {
                String key = header.toLowerCase(Locale.ROOT).strip();
                String value = info.value(header);
                if (!MEASUREMENT_COLUMNS.contains(key) && !value.isEmpty()) {
                    extra.putIfAbsent(key.replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", ""), value);
                }
            }
        }
        extra.forEach(plate::metadata);
    }
}
