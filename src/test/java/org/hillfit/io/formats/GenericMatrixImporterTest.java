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
import org.hillfit.io.ImportContext;
import org.hillfit.io.ImportException;
import org.hillfit.io.ImportResult;
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
import org.junit.jupiter.params.provider.ValueSource;

class GenericMatrixImporterTest {
    static final Path SAMPLES = Path.of("src/test/resources/org/hillfit/io/formats/generic-matrix");

    private final GenericMatrixImporter importer = new GenericMatrixImporter();

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "plate96.csv",
                "two-plates-384-semicolon.csv",
                "plate1536.tsv",
                "plate96-two-channels.xlsx",
                "broken-value-beyond-header.csv"
            })
    void probeRecognisesEverySample(String name) throws IOException {
        assertEquals(0.5, importer.probe(ProbeSample.of(SAMPLES.resolve(name))));
    }

    @Test
    void readsA96WellGridWithAMarkerAndAnEmptyWell() throws ImportException {
        Plate plate = single("plate96.csv");
        assertEquals(PlateFormat.WELLS_96, plate.format());
        assertEquals("plate96", plate.name());
        Channel channel = plate.channel("Luminescence").orElseThrow();
        assertEquals(101, channel.valueAt(WellId.parse("A1")));
        assertEquals(811, channel.valueAt(WellId.parse("H11")));
        assertEquals(
                WellFlag.OVERFLOW,
                channel.marker(WellId.parse("B03")).orElseThrow().flag());
        assertFalse(channel.isPresent(WellId.parse("H12")));
    }

    @Test
    void readsSemicolonsDecimalCommasAndSeveralPlates() throws ImportException {
        List<Plate> plates = read("two-plates-384-semicolon.csv").plates();
        assertEquals(
                List.of("Plate A", "Plate B"), plates.stream().map(Plate::name).toList());
        Plate b = plates.get(1);
        assertEquals(PlateFormat.WELLS_384, b.format());
        assertEquals(List.of("Acceptor 665 nm (µ-counts)", "Donor 620 nm (µ-counts)"), b.channelNames());
        // plate 2, channel 1 (donor), row P (15), column 24: 20000 + 1000 + 15 * 24 + 24 + 0.5
        assertEquals(21384.5, b.channels().get(1).valueAt(WellId.parse("P24")));
    }

    @Test
    void titlesWithWavelengthsLetTrFretFindAcceptorAndDonor() throws ImportException {
        Plate plate = read("two-plates-384-semicolon.csv").plates().get(0);
        TrFretChannels channels = TrFretChannels.find(plate).orElseThrow();
        assertEquals("Acceptor 665 nm (µ-counts)", channels.acceptor().name());
        assertEquals(620, channels.donor().info().emissionNm().orElseThrow());
    }

    @Test
    void reads1536WellsWithLowerCaseRowsAfterZ() throws ImportException {
        Plate plate = single("plate1536.tsv");
        assertEquals(PlateFormat.WELLS_1536, plate.format());
        Channel channel = plate.channel("Em 520").orElseThrow();
        assertEquals(31 * 48 + 48, channel.valueAt(WellId.parse("AF48")));
        assertEquals(26 * 48 + 1, channel.valueAt(WellId.parse("AA01")));
        assertEquals(1536, channel.presentCount());
    }

    @Test
    void readsAWorkbookWithCornerCellTitles() throws ImportException {
        Plate plate = single("plate96-two-channels.xlsx");
        assertEquals(List.of("Em 665", "Em 620"), plate.channelNames());
        assertEquals(4000 + 95, plate.channels().get(0).valueAt(WellId.parse("H12")));
        assertEquals(20000 + 2 * 13, plate.channels().get(1).valueAt(WellId.parse("B02")));
        assertEquals(
                WellFlag.OVERFLOW,
                plate.channels()
                        .get(0)
                        .marker(WellId.parse("D07"))
                        .orElseThrow()
                        .flag());
    }

    @Test
    void reportsAValueBeyondTheHeaderWithItsLine() {
        ImportException e = assertThrows(ImportException.class, () -> read("broken-value-beyond-header.csv"));
        assertTrue(
                e.getMessage().startsWith("broken-value-beyond-header.csv, line 5: row C has a value in cell 14"),
                e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            # grid (\\n = new line)                                                     | expected in the message
            T\\n,1,2,3\\nA,1,2,3\\nB,4,5,6\\nRow3,7,8,9                                   | line 5: a grid line must start with a row letter
            T\\n,1,2,3\\nA,1,2,3\\nB,4,5,6\\n,7,8,9                                       | line 5: a grid line must start with a row letter
            T\\n,1,2,3\\nA,1,2,3\\nA,4,5,6                                               | line 4: expected row B of the grid; got row 'A'
            T\\n,1,2,3\\nA,1,2,3\\nC,4,5,6                                               | line 4: expected row B of the grid; got row 'C'
            T\\n,1,2,3\\nA,1,2,3\\nB,4,5,6,7                                             | line 4: row B has a value in cell 5 ('7')
            T\\n,1,2,3\\nA,1,2,3\\nB,4,5                                                 | line 4: row B has 2 values but the header names 3 columns
            T\\n,1,2,3,4,5,6,7,8,9,10,11,12\\nA,1,2,3,4,5,6,7,8,9,10,11,12                | line 3: the grid ends after row A but a 12-column (96-well) grid has rows A–H
            T\\n,1,2,3,4,5,6,7,8,9,10,11,12\\nA,1,2,3,4,5,6,7,8,9,10,11,12\\nB,1,2,3,4,5,6,7,8,9,10,11,12\\nC,1,2,3,4,5,6,7,8,9,10,11,12\\nD,1,2,3,4,5,6,7,8,9,10,11,12\\nE,1,2,3,4,5,6,7,8,9,10,11,12\\nF,1,2,3,4,5,6,7,8,9,10,11,12\\nG,1,2,3,4,5,6,7,8,9,10,11,12\\nH,1,2,3,4,5,6,7,8,9,10,11,12\\nI,1,2,3,4,5,6,7,8,9,10,11,12 | line 11: a 12-column (96-well) grid has rows A–H; got row I
            """)
    void rejectsBrokenGridsNamingTheLine(String grid, String expected) throws IOException {
        Path file = dir.resolve("grid.csv");
        Files.writeString(file, grid.replace("\\n", "\n") + "\n");
        ImportException e = assertThrows(ImportException.class, () -> importer.read(file, ImportContext.defaults()));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertTrue(e.getMessage().startsWith("grid.csv, line "), e.getMessage());
    }

    @Test
    void rejectsGridsOfDifferentSizesOnOnePlate() throws IOException {
        StringBuilder s = new StringBuilder("Small\n,1,2,3\nA,1,2,3\nB,1,2,3\n\nWide\n,1,2,3,4\nA,1,2,3,4\n");
        Path file = dir.resolve("mixed.csv");
        Files.writeString(file, s);
        ImportException e = assertThrows(ImportException.class, () -> importer.read(file, ImportContext.defaults()));
        assertTrue(
                e.getMessage()
                        .contains("mixed.csv, line 7: this grid has 4 columns but the plate's first grid"
                                + " (line 2) has 3"),
                e.getMessage());
    }

    @Test
    void aPlateTitleIsNotTakenForTheChannelName() throws IOException, ImportException {
        Path file = dir.resolve("titled.csv");
        Files.writeString(file, "Plate: P7\n,1,2\nA,1,2\nB,3,4\n");
        Plate plate = importer.read(file, ImportContext.defaults()).plates().get(0);
        assertEquals("P7", plate.name());
        assertEquals(List.of("Channel"), plate.channelNames());
    }

    @Test
    void aHeaderWiderThanAnyPlateIsNoGrid() throws IOException {
        StringBuilder header = new StringBuilder();
        for (int c = 1; c <= 49; c++) {
            header.append(',').append(c);
        }
        Path file = dir.resolve("wide.csv");
        Files.writeString(file, header + "\nA" + ",1".repeat(49) + "\n");
        ImportException e = assertThrows(ImportException.class, () -> importer.read(file, ImportContext.defaults()));
        assertTrue(e.getMessage().contains("no plate matrix found"), e.getMessage());
    }

    private Plate single(String name) throws ImportException {
        ImportResult result = read(name);
        assertEquals(1, result.plates().size());
        return result.plates().get(0);
    }

    private ImportResult read(String name) throws ImportException {
        return importer.read(SAMPLES.resolve(name), ImportContext.defaults());
    }
}
