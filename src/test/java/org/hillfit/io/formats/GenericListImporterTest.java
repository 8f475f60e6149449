/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hillfit.analysis.TrFretChannels;
import org.hillfit.cli.CliRunner;
import org.hillfit.io.ImportContext;
import org.hillfit.io.ImportException;
import org.hillfit.io.ImportResult;
import org.hillfit.io.ImporterRegistry;
import org.hillfit.io.ProbeSample;
import org.hillfit.plate.Channel;
import org.hillfit.plate.Plate;
import org.hillfit.plate.PlateFormat;
import org.hillfit.plate.WellFlag;
import org.hillfit.plate.WellId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GenericListImporterTest {
    static final Path SAMPLES = Path.of("src/test/resources/org/hillfit/io/formats/generic-list");

    private final GenericListImporter importer = new GenericListImporter();

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({
        "wide.csv, 0.5", // wide list
        "long-semicolon.csv, 0.5", // long list, other column order
        "long.xlsx, 0.5", // workbook
        "long-tidy.csv, 0.6", // exactly what hillfit convert writes
    })
    void probeRecognisesEverySample(String name, double confidence) throws IOException {
        assertEquals(confidence, importer.probe(ProbeSample.of(SAMPLES.resolve(name))));
    }

    @Test
    void probeLeavesMatricesAlone() throws IOException {
        assertEquals(0, importer.probe(ProbeSample.of(Path.of("sample-plates", "TYK2.matrix.csv"))));
    }

    @Test
    void aLayoutGivenAsAnExportIsClaimedSoTheReadCanSayWhatItIs() throws IOException {
        Path layout = Path.of("sample-plates", "panel-layout.csv");
        assertEquals(0.5, importer.probe(ProbeSample.of(layout)));
        ImportException e = assertThrows(ImportException.class, () -> importer.read(layout, ImportContext.defaults()));
        assertTrue(e.getMessage().endsWith("not a plate export; pass it with --layout"), e.getMessage());
    }

    @Test
    void readsAWideListWithMarkersAndSkipsTheContentColumn() throws ImportException {
        ImportResult result = read("wide.csv");
        Plate plate = result.plates().get(0);
        assertEquals(PlateFormat.WELLS_96, plate.format());
        assertEquals("wide", plate.name());
        assertEquals(List.of("Acceptor 665", "Donor 620"), plate.channelNames());
        assertEquals(5000 + 7 * 12 + 12, plate.channels().get(0).valueAt(WellId.parse("H12")));
        assertEquals(
                WellFlag.OVERFLOW,
                plate.channels()
                        .get(0)
                        .marker(WellId.parse("C04"))
                        .orElseThrow()
                        .flag());
    }

    @Test
    void wavelengthsInChannelNamesLetTrFretFindAcceptorAndDonor() throws ImportException {
        Plate plate = read("wide.csv").plates().get(0);
        TrFretChannels channels = TrFretChannels.find(plate).orElseThrow();
        assertEquals("Acceptor 665", channels.acceptor().name());
        assertEquals(665, channels.acceptor().info().emissionNm().orElseThrow());
        assertEquals("Donor 620", channels.donor().name());
    }

    @Test
    void readsTheConvertTableWithItsFlags() throws ImportException {
        Plate plate = read("long-tidy.csv").plates().get(0);
        assertEquals("P1", plate.name());
        assertEquals(List.of("665", "620"), plate.channelNames());
        Channel acceptor = plate.channels().get(0);
        assertEquals(3000 + 12 + 1 + 0.25, acceptor.valueAt(WellId.parse("B01")));
        assertEquals(
                WellFlag.OVERFLOW,
                acceptor.marker(WellId.parse("A05")).orElseThrow().flag());
        assertEquals(
                WellFlag.OUT_OF_RANGE,
                plate.channels()
                        .get(1)
                        .marker(WellId.parse("G09"))
                        .orElseThrow()
                        .flag());
    }

    @Test
    void readsLongListsWithA001WellsDecimalCommasAndSeveralPlates() throws ImportException {
        List<Plate> plates = read("long-semicolon.csv").plates();
        assertEquals(List.of("Run 1", "Run 2"), plates.stream().map(Plate::name).toList());
        Channel channel = plates.get(1).channel("Em 665").orElseThrow();
        assertEquals(80.5, channel.valueAt(WellId.parse("A08")));
        assertEquals(8, channel.presentCount());
    }

    @Test
    void readsALongListWorkbook() throws ImportException {
        Plate plate = read("long.xlsx").plates().get(0);
        assertEquals("XL-1", plate.name());
        assertEquals(20000 + 2 * 95, plate.channel("620").orElseThrow().valueAt(WellId.parse("H12")));
        assertEquals(
                WellFlag.OVERFLOW,
                plate.channel("665")
                        .orElseThrow()
                        .marker(WellId.parse("D07"))
                        .orElseThrow()
                        .flag());
    }

    @Test
    void convertOutputReadsBackAsTheSamePlate() throws Exception {
        Path source = Path.of("sample-plates", "TYK2.matrix.csv");
        Path tidy = dir.resolve("tidy.csv");
        assertEquals(
                0,
                CliRunner.run("convert", source.toString(), "-o", tidy.toString())
                        .exitCode());
        Plate original = ImporterRegistry.builtIn()
                .read(source, ImporterRegistry.AUTO, ImportContext.defaults())
                .plates()
                .get(0);
        ImportResult back = ImporterRegistry.builtIn().read(tidy, ImporterRegistry.AUTO, ImportContext.defaults());
        Plate plate = back.plates().get(0);
        assertEquals("generic-list", plate.metadata("format").orElseThrow());
        assertEquals(original.name(), plate.name());
        assertEquals(original.channelNames(), plate.channelNames());
        for (int c = 0; c < original.channels().size(); c++) {
            assertEquals(
                    original.channels().get(c).markers().keySet(),
                    plate.channels().get(c).markers().keySet());
            assertTrue(java.util.Arrays.equals(
                    original.channels().get(c).values(), plate.channels().get(c).values()));
        }
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            # list (\\n = new line)                                  | expected in the message
            well,665\\nA1,1\\nB2,2\\nA01,3                                | line 4, well A01: well A01 of channel '665' on plate 'list' is listed twice (first on line 2)
            plate,well,channel,value\\nP,A1,665,1\\nP,A1,665,2            | line 3, well A01: well A01 of channel '665' on plate 'P' is listed twice
            well,665\\nA1,1\\nQ49,2                                       | line 3, well Q49: well 'Q49' lies outside every plate
            well,665\\nA1,1\\nAG1,2                                       | line 3, well AG1: well 'AG1' lies outside every plate
            well,665\\nA1,1\\nMean,2                                      | line 3: expected a well ID such as A1, A01 or A001 in the well column; got 'Mean'
            well,665,620                                                | line 1: the list has a header but no data lines
            plate,well,665\\nP1,A1,1\\n,A2,2                              | line 3: the 'plate' column is empty
            plate,well,channel,value\\nP1,A1,,5                          | line 2: the 'channel' column is empty
            well,role,compound,concentration,unit\\nA1,neutral,,,        | this is a plate layout
            well,notes\\nA1,buffer                                       | no column besides 'well' holds numbers
            well,665,665\\nA1,1,2                                         | line 1: two columns are named '665'
            """)
    void rejectsBadListsNamingTheLineAndWell(String list, String expected) throws IOException {
        Path file = dir.resolve("list.csv");
        Files.writeString(file, list.replace("\\n", "\n") + "\n");
        ImportException e = assertThrows(ImportException.class, () -> importer.read(file, ImportContext.defaults()));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertTrue(e.getMessage().startsWith("list.csv"), e.getMessage());
    }

    @Test
    void rejectsPlatesOfDifferentSizesInOneFile() throws IOException {
        StringBuilder s = new StringBuilder("plate,well,signal\n");
        for (WellId well : PlateFormat.WELLS_96.wells()) {
            s.append("small,").append(well).append(",1\n");
        }
        s.append("big,A01,1\nbig,P24,2\n");
        Path file = dir.resolve("mixed.csv");
        Files.writeString(file, s);
        ImportException e = assertThrows(ImportException.class, () -> importer.read(file, ImportContext.defaults()));
        assertEquals(
                "mixed.csv, line 99, well P24: plate 'big' has this well, past a 96-well plate, but plate 'small'"
                        + " fits a 96-well plate; one file cannot mix plate sizes",
                e.getMessage());
    }

    @Test
    void aTextColumnIsNotAChannelAndSaysSo() throws IOException, ImportException {
        Path file = dir.resolve("notes.csv");
        Files.writeString(file, "well,signal,notes\nA1,1,ok\nA2,2,bubble\n");
        ImportResult result = importer.read(file, ImportContext.defaults());
        assertEquals(List.of("signal"), result.plates().get(0).channelNames());
        assertTrue(result.problems().get(0).message().contains("column 'notes' holds no numbers"));
    }

    @Test
    void plateOfASparseListIsTheSizeOfItsFarthestWell() throws IOException, ImportException {
        Path file = dir.resolve("sparse.csv");
        Files.writeString(file, "well,signal\nA1,1\nM13,2\n");
        Plate plate = importer.read(file, ImportContext.defaults()).plates().get(0);
        assertEquals(PlateFormat.WELLS_384, plate.format());
        assertFalse(plate.channels().get(0).isPresent(WellId.parse("B02")));
    }

    private ImportResult read(String name) throws ImportException {
        return importer.read(SAMPLES.resolve(name), ImportContext.defaults());
    }
}
