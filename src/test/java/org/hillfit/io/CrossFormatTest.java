/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.hillfit.cli.CliRunner;
import org.hillfit.plate.Channel;
import org.hillfit.plate.ChannelKind;
import org.hillfit.plate.Plate;
import org.hillfit.plate.WellId;
import org.hillfit.samples.SimulatedTrFretPlate;
import org.hillfit.samples.formats.ExportChannel;
import org.hillfit.samples.formats.ExportChannel.ExportMarker;
import org.hillfit.samples.formats.ExportPlate;
import org.hillfit.samples.formats.ExportWriter;
import org.hillfit.samples.formats.ExportWriters;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The same simulated TR-FRET plates written in every format of {@link ExportWriters} read back as the same tidy
 * table (well, emission wavelength, value, flag per plate in file order, raw channels only: a ratio the reader
 * calculated is not compared), equal to what was written; and {@code
 * hillfit analyze} gives the same potencies from every format as from the generic matrix.
 */
class CrossFormatTest {
    private static final Path LAYOUT = Path.of("sample-plates", "panel-layout.csv");

    @TempDir
    Path dir;

    /** Two panel plates as a reader would measure them. */
    static List<ExportPlate> plates() {
        return List.of(
                ExportPlate.trFret("TYK2-P1", "HF000101", SimulatedTrFretPlate.simulate("TYK2", 7001)),
                ExportPlate.trFret("JAK1-P1", "HF000102", SimulatedTrFretPlate.simulate("JAK1", 7002)));
    }

    /** The same plates with instrument markers in a few wells (overflow, out of range, a missed read). */
    static List<ExportPlate> platesWithMarkers() {
        List<ExportPlate> marked = new ArrayList<>();
        for (ExportPlate plate : plates()) {
            List<ExportChannel> channels = new ArrayList<>();
            for (ExportChannel c : plate.channels()) {
                Map<WellId, ExportMarker> markers = new HashMap<>();
                markers.put(WellId.parse("P24"), ExportMarker.MISSED);
                markers.put(
                        WellId.parse(c.emissionNm() == 665 ? "B07" : "C05"),
                        c.emissionNm() == 665 ? ExportMarker.OVERFLOW : ExportMarker.OUT_OF_RANGE);
                channels.add(new ExportChannel(c.name(), c.excitationNm(), c.emissionNm(), c.values(), markers));
            }
            marked.add(new ExportPlate(plate.name(), plate.barcode(), plate.format(), channels));
        }
        return marked;
    }

    static Stream<Arguments> writers() {
        return ExportWriters.all().stream().map(w -> Arguments.of(label(w), w));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("writers")
    void everyFormatReadsBackWhatWasWritten(String label, ExportWriter writer) throws Exception {
        List<ExportPlate> written = platesFor(writer, plates());
        assertEquals(tidy(written, writer), tidyOfImported(writer, written), label);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("writers")
    void everyFormatKeepsInstrumentMarkersAsFlags(String label, ExportWriter writer) throws Exception {
        List<ExportPlate> written = platesFor(writer, platesWithMarkers());
        List<String> imported = tidyOfImported(writer, written);
        assertEquals(tidy(written, writer), imported, label);
        assertTrue(
                imported.contains(
                        "0|B07|665||" + writer.flagOf(ExportMarker.OVERFLOW).slug()),
                label);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("writers")
    void everyFormatGivesTheSamePotenciesAsTheGenericMatrix(String label, ExportWriter writer) throws Exception {
        List<ExportPlate> plates = platesFor(writer, plates());
        Map<String, String> reference =
                potencies(org.hillfit.samples.formats.GenericMatrixCsvWriter.comma(), plates, dir.resolve("reference"));
        Map<String, String> actual = potencies(writer, plates, dir.resolve("actual"));
        assertEquals(reference.keySet(), actual.keySet(), label);
        for (Map.Entry<String, String> e : reference.entrySet()) {
            String[] want = e.getValue().split("\\|", -1);
            String[] got = actual.get(e.getKey()).split("\\|", -1);
            assertEquals(want[0], got[0], label + " status of " + e.getKey());
            if (!want[1].isEmpty()) {
                assertEquals(
                        Double.parseDouble(want[1]),
                        Double.parseDouble(got[1]),
                        0.01,
                        label + " pIC50 of " + e.getKey());
            }
        }
    }

    /** As many of the plates as one file of the writer's format holds. */
    static List<ExportPlate> platesFor(ExportWriter writer, List<ExportPlate> plates) {
        return plates.subList(0, Math.min(plates.size(), writer.maxPlatesPerFile()));
    }

    /**
     * "plateIndex|well|emission|value|flag" rows of what was written, independent of any importer; markers as the
     * flag the writer's vendor spells them as.
     */
    private static List<String> tidy(List<ExportPlate> plates, ExportWriter writer) {
        List<String> rows = new ArrayList<>();
        for (int p = 0; p < plates.size(); p++) {
            ExportPlate plate = plates.get(p);
            for (ExportChannel channel : plate.channels()) {
                for (WellId well : plate.format().wells()) {
                    ExportMarker marker = channel.markers().get(well);
                    double v = channel.values()[plate.format().indexOf(well)];
                    if (marker != null) {
                        rows.add(row(
                                p,
                                well,
                                channel.emissionNm(),
                                "",
                                writer.flagOf(marker).slug()));
                    } else if (!Double.isNaN(v)) {
                        rows.add(row(p, well, channel.emissionNm(), Double.toString(v), ""));
                    }
                }
            }
        }
        rows.sort(null);
        return rows;
    }

    private List<String> tidyOfImported(ExportWriter writer, List<ExportPlate> written) throws Exception {
        Path file = dir.resolve("TYK2" + writer.fileSuffix());
        Files.write(file, writer.write(written));
        ImportResult result = ImporterRegistry.builtIn().read(file, ImporterRegistry.AUTO, ImportContext.defaults());
        assertEquals(
                writer.importerId(), result.plates().get(0).metadata("format").orElseThrow());
        List<String> rows = new ArrayList<>();
        for (int p = 0; p < result.plates().size(); p++) {
            Plate plate = result.plates().get(p);
            for (Channel channel : plate.channels()) {
                if (channel.info().kind() != ChannelKind.RAW) {
                    continue; // a ratio the reader software calculated is not what was written
                }
                OptionalDouble emission = channel.info().emissionNm();
                assertTrue(emission.isPresent(), "no emission wavelength for channel '" + channel.name() + "'");
                int nm = (int) emission.getAsDouble();
                for (WellId well : plate.format().wells()) {
                    if (channel.marker(well).isPresent()) {
                        rows.add(row(
                                p,
                                well,
                                nm,
                                "",
                                channel.marker(well).get().flag().slug()));
                    } else if (channel.isPresent(well)) {
                        rows.add(row(p, well, nm, Double.toString(channel.valueAt(well)), ""));
                    }
                }
            }
        }
        rows.sort(null);
        return rows;
    }

    private static String row(int plate, WellId well, int nm, String value, String flag) {
        return plate + "|" + well.label() + "|" + nm + "|" + value + "|" + flag;
    }

    /** "plateIndex|compound" → "status|pic50" from {@code hillfit analyze} on the written file. */
    private static Map<String, String> potencies(ExportWriter writer, List<ExportPlate> plates, Path folder)
            throws IOException {
        Files.createDirectories(folder);
        Path input = folder.resolve("TYK2" + writer.fileSuffix());
        Files.write(input, writer.write(plates));
        Path results = folder.resolve("results.csv");
        CliRunner.Run run = CliRunner.run(
                "analyze", input.toString(), "--layout", LAYOUT.toString(), "--results-csv", results.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertFalse(run.out().isBlank());
        Map<String, String> byCurve = new LinkedHashMap<>();
        List<String> plateNames = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(
                results,
                java.nio.charset.StandardCharsets.UTF_8,
                CSVFormat.DEFAULT.builder().setHeader().get())) {
            for (CSVRecord r : parser) {
                if (!plateNames.contains(r.get("plate"))) {
                    plateNames.add(r.get("plate"));
                }
                byCurve.put(
                        plateNames.indexOf(r.get("plate")) + "|" + r.get("compound"),
                        r.get("status") + "|" + r.get("pic50"));
            }
        }
        return byCurve;
    }

    private static String label(ExportWriter writer) {
        return writer.importerId() + (writer.variant().isEmpty() ? "" : " (" + writer.variant() + ")");
    }
}
