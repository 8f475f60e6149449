/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.hillfit.io.ImportContext;
import org.hillfit.io.ImportException;
import org.hillfit.io.ImportProblem;
import org.hillfit.io.ImportResult;
import org.hillfit.plate.Channel;
import org.hillfit.plate.Plate;
import org.hillfit.plate.PlateFormat;
import org.hillfit.plate.WellFlag;
import org.hillfit.plate.WellId;
import org.hillfit.samples.flow.PstatPlateDesign;
import org.hillfit.samples.flow.PstatSamplePlate;
import org.hillfit.samples.flow.SimulatedPstatWell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A plate of FCS files, from the committed sample and from small folders written per test. */
class FcsPlateImporterTest {
    private static final Path SAMPLE = Path.of("sample-plates/pstat4/fcs");
    private static final Set<WellId> UNSTIMULATED =
            PstatPlateDesign.layout().wellsWithRole(org.hillfit.plate.WellRole.INHIBITOR).stream()
                    .collect(Collectors.toSet());

    @TempDir
    Path dir;

    static ImportResult read(Path input, FlowImportOptions options) throws ImportException {
        return new FcsPlateImporter().read(input, ImportContext.defaults().withFlow(options));
    }

    /** The first {@code count} simulated wells of the sample plate, written to a folder. */
    private Path folder(int count) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("plate"));
        for (SimulatedPstatWell well : PstatSamplePlate.wells().subList(0, count)) {
            Files.write(
                    folder.resolve(PstatSamplePlate.fileName(well.well())),
                    PstatSamplePlate.fcs(well).toBytes());
        }
        return folder;
    }

    @Test
    void readsTheSampleFolderIntoOnePlateOfPerWellStatistics() throws ImportException {
        ImportResult result = read(SAMPLE, FlowImportOptions.DEFAULT.withNegativeControls(UNSTIMULATED));
        Plate plate = result.plates().get(0);
        assertEquals("pSTAT4-P1", plate.name());
        assertEquals(PlateFormat.WELLS_96, plate.format());
        assertEquals(
                List.of("events", "gated events", "pSTAT4 median", "pSTAT4 mean", "pSTAT4 % positive"),
                plate.channelNames());
        assertEquals(96, plate.channel("events").orElseThrow().presentCount());
        assertTrue(plate.metadata(FlowChannels.META_GATES).orElseThrow().startsWith("cells: FSC-A"));
        assertTrue(plate.metadata(FlowChannels.META_READOUT).orElseThrow().contains("PE-A (pSTAT4), compensated"));
        assertTrue(plate.metadata(FlowChannels.META_THRESHOLD).orElseThrow().contains("99th percentile of 8"));
    }

    @Test
    void countsEventsAndMatchesTheSimulatedSingleCellMedians() throws ImportException {
        Plate plate = read(SAMPLE, FlowImportOptions.DEFAULT).plates().get(0);
        Channel events = plate.channel("events").orElseThrow();
        Channel median = plate.channel("pSTAT4 median").orElseThrow();
        for (SimulatedPstatWell well : PstatSamplePlate.wells()) {
            assertEquals(
                    well.singlet().length,
                    events.valueAt(well.well()),
                    well.well().label());
            if (well.well().equals(PstatPlateDesign.LOW_EVENT_WELL)) {
                continue;
            }
            double[] pe = singletPe(well);
            double truth = pe[pe.length / 2];
            assertEquals(
                    truth,
                    median.valueAt(well.well()),
                    0.04 * truth,
                    well.well().label());
        }
    }

    @Test
    void marksTheReadoutOfAWellWithTooFewEventsLowEvents() throws ImportException {
        Plate plate = read(SAMPLE, FlowImportOptions.DEFAULT).plates().get(0);
        WellId low = PstatPlateDesign.LOW_EVENT_WELL;
        assertEquals(
                WellFlag.LOW_EVENTS,
                plate.channel("pSTAT4 median")
                        .orElseThrow()
                        .marker(low)
                        .orElseThrow()
                        .flag());
        assertTrue(plate.channel("gated events").orElseThrow().valueAt(low) < 200);
        assertFalse(plate.channel("gated events").orElseThrow().marker(low).isPresent());
    }

    @Test
    void computesPercentPositiveOnlyWithNegativeControls() throws IOException, ImportException {
        Path folder = folder(13); // A01–A12 and B01: two unstimulated wells
        Plate without = read(folder, FlowImportOptions.DEFAULT).plates().get(0);
        assertFalse(without.channel("pSTAT4 % positive").isPresent());
        Plate with = read(
                        folder,
                        FlowImportOptions.DEFAULT.withNegativeControls(
                                Set.of(WellId.parse("A01"), WellId.parse("B01"))))
                .plates()
                .get(0);
        Channel positive = with.channel("pSTAT4 % positive").orElseThrow();
        assertTrue(positive.valueAt(WellId.parse("A01")) < 3, "unstimulated ≈ 1 % above their own 99th percentile");
        assertTrue(positive.valueAt(WellId.parse("A12")) > 80, "stimulated vehicle");
    }

    @Test
    void readsAZipOfTheFilesAsTheFolder() throws IOException, ImportException {
        Path folder = folder(12);
        Path zip = dir.resolve("plate.zip");
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            for (Path file : Files.list(folder).sorted().toList()) {
                out.putNextEntry(new java.util.zip.ZipEntry("export/" + file.getFileName()));
                out.write(Files.readAllBytes(file));
                out.closeEntry();
            }
            out.putNextEntry(new java.util.zip.ZipEntry("__MACOSX/export/._Specimen_001_A1_A01.fcs"));
            out.write(new byte[] {0, 5, 22, 7});
            out.closeEntry();
        }
        Plate fromFolder = read(folder, FlowImportOptions.DEFAULT).plates().get(0);
        Plate fromZip = read(zip, FlowImportOptions.DEFAULT).plates().get(0);
        assertEquals(fromFolder.channels(), fromZip.channels());
    }

    @Test
    void neverWritesZipEntriesAndNamesThemByTheirLastSegment() throws IOException, ImportException {
        Path zip = dir.resolve("evil.zip");
        byte[] fcs = PstatSamplePlate.fcs(PstatSamplePlate.wells().get(0)).toBytes();
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new java.util.zip.ZipEntry("../../outside/Specimen_001_A1_A01.fcs"));
            out.write(fcs);
            out.closeEntry();
        }
        Plate plate = read(zip, FlowImportOptions.DEFAULT).plates().get(0);
        assertTrue(plate.channel("events").orElseThrow().isPresent(WellId.parse("A01")));
        assertFalse(Files.exists(dir.getParent().resolve("outside")));
        try (var files = Files.walk(dir)) {
            assertEquals(List.of(zip), files.filter(Files::isRegularFile).toList());
        }
    }

    @Test
    void marksACorruptFileUnreadableAndReadsTheRest() throws IOException, ImportException {
        Path folder = folder(12);
        Files.write(
                folder.resolve("Specimen_001_B1_B01.fcs"),
                "oi21j08cn\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        ImportResult result = read(folder, FlowImportOptions.DEFAULT);
        Plate plate = result.plates().get(0);
        for (String channel : plate.channelNames()) {
            assertEquals(
                    WellFlag.UNREADABLE,
                    plate.channel(channel)
                            .orElseThrow()
                            .marker(WellId.parse("B01"))
                            .orElseThrow()
                            .flag());
        }
        assertEquals(
                12,
                plate.channel("pSTAT4 median").orElseThrow().values().length
                        - (int) Arrays.stream(plate.channel("pSTAT4 median")
                                        .orElseThrow()
                                        .values())
                                .filter(Double::isNaN)
                                .count());
        assertTrue(
                messages(result).stream().anyMatch(m -> m.contains("too short for an FCS file")),
                messages(result)::toString);
        assertTrue(result.problems().stream().anyMatch(p -> p.location().well().equals("B01")));
    }

    @Test
    void rejectsTwoFilesForOneWellNamingBoth() throws IOException {
        Path folder = folder(2);
        byte[] a01 = Files.readAllBytes(folder.resolve("Specimen_001_A1_A01.fcs"));
        Files.write(folder.resolve("Specimen_002_A1_A01.fcs"), a01);
        ImportException e = assertThrows(ImportException.class, () -> read(folder, FlowImportOptions.DEFAULT));
        assertTrue(
                e.getMessage().contains("well A01 has two files: Specimen_001_A1_A01.fcs and Specimen_002_A1_A01.fcs"),
                e.getMessage());
    }

    @Test
    void ignoresAFileWithoutAWellWithAWarning() throws IOException, ImportException {
        Path folder = folder(2);
        byte[] bytes = PstatSamplePlate.fcs(PstatSamplePlate.wells().get(5))
                .keyword("WELL ID", " ")
                .keyword("TUBE NAME", "tube")
                .keyword("$FIL", "x")
                .toBytes();
        Files.write(folder.resolve("unlabelled.fcs"), bytes);
        ImportResult result = read(folder, FlowImportOptions.DEFAULT);
        assertEquals(2, result.plates().get(0).channel("events").orElseThrow().presentCount());
        assertTrue(
                messages(result).stream().anyMatch(m -> m.contains("cannot tell which well")),
                messages(result)::toString);
    }

    @Test
    void summarisesTheParameterNamedByChannel() throws IOException, ImportException {
        Plate plate = read(folder(2), FlowImportOptions.DEFAULT.withReadoutChannel(Optional.of("fitc")))
                .plates()
                .get(0);
        assertEquals(List.of("events", "gated events", "CD56 median", "CD56 mean"), plate.channelNames());
    }

    @Test
    void rejectsAChannelNoFileHasListingTheParameters() throws IOException {
        Path folder = folder(1);
        ImportException e = assertThrows(
                ImportException.class,
                () -> read(folder, FlowImportOptions.DEFAULT.withReadoutChannel(Optional.of("APC-A"))));
        assertTrue(e.getMessage().contains("no parameters match 'APC-A'; the parameters are FSC-A"), e.getMessage());
        assertTrue(e.getMessage().contains("PE-A (pSTAT4)"), e.getMessage());
    }

    @Test
    void appliesUserGatesToEveryWell() throws IOException, ImportException {
        Gate everything = new RectangleGate(
                "all",
                "FSC-A",
                "SSC-A",
                Double.NEGATIVE_INFINITY,
                Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY,
                Double.POSITIVE_INFINITY);
        Plate plate = read(folder(3), FlowImportOptions.DEFAULT.withGates(List.of(everything)))
                .plates()
                .get(0);
        assertEquals(
                plate.channel("events").orElseThrow().valueAt(WellId.parse("A02")),
                plate.channel("gated events").orElseThrow().valueAt(WellId.parse("A02")));
        assertEquals(
                "all: FSC-A any, SSC-A any",
                plate.metadata(FlowChannels.META_GATES).orElseThrow());
    }

    @Test
    void readsASingleFcsFileAsAOneWellPlate() throws ImportException {
        Plate plate = read(SAMPLE.resolve("Specimen_001_C7_C07.fcs"), FlowImportOptions.DEFAULT)
                .plates()
                .get(0);
        assertEquals(1, plate.channel("events").orElseThrow().presentCount());
        assertTrue(plate.channel("pSTAT4 median").orElseThrow().isPresent(WellId.parse("C07")));
    }

    @Test
    void rejectsAFolderWithoutFcsFiles() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("notes"));
        Files.writeString(folder.resolve("layout.csv"), "well,role\n");
        ImportException e = assertThrows(ImportException.class, () -> read(folder, FlowImportOptions.DEFAULT));
        assertTrue(
                e.getMessage().contains("no FCS files (*.fcs, *.lmd) found; the other files are [layout.csv]"),
                e.getMessage());
    }

    private static List<String> messages(ImportResult result) {
        return result.problems().stream().map(ImportProblem::message).toList();
    }

    private static double[] singletPe(SimulatedPstatWell well) {
        double[] pe = new double[well.singlet().length];
        int n = 0;
        for (int e = 0; e < pe.length; e++) {
            if (well.singlet()[e]) {
                pe[n++] = well.truePe()[e];
            }
        }
        double[] sorted = Arrays.copyOf(pe, n);
        Arrays.sort(sorted);
        return sorted;
    }
}
