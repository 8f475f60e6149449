/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hillfit.io.ImportContext;
import org.hillfit.io.ImportException;
import org.hillfit.io.ImportProblem;
import org.hillfit.io.ImportResult;
import org.hillfit.io.ProbeSample;
import org.hillfit.plate.Plate;
import org.hillfit.plate.WellFlag;
import org.hillfit.plate.WellId;
import org.hillfit.testing.PublicData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FlowJoTableImporterTest {
    private static final Path SAMPLE = Path.of("sample-plates/pstat4/flowjo-table.csv");
    private static final FlowJoTableImporter IMPORTER = new FlowJoTableImporter();

    @TempDir
    Path dir;

    private Path write(String name, String text, Charset charset) throws IOException {
        return Files.write(dir.resolve(name), text.getBytes(charset));
    }

    private static ImportResult read(Path file) throws ImportException {
        return IMPORTER.read(file, ImportContext.defaults());
    }

    @Test
    void readsTheSampleTableWithOneChannelPerStatistic() throws ImportException, IOException {
        ImportResult result = read(SAMPLE);
        Plate plate = result.plates().get(0);
        assertEquals("pSTAT4-P1", plate.name());
        assertEquals(
                List.of(
                        "Cells/Single Cells | Count",
                        "Cells/Single Cells/pSTAT4+ | Freq. of Parent",
                        "Cells/Single Cells | Median (Comp-PE-A :: pSTAT4)"),
                plate.channelNames());
        assertEquals(
                96,
                plate.channelNames().stream()
                        .mapToInt(c -> plate.channel(c).orElseThrow().presentCount())
                        .min()
                        .orElseThrow());
        String[] a01 = Files.readAllLines(SAMPLE).get(1).split(",");
        assertEquals("Specimen_001_A1_A01.fcs", a01[0]);
        assertEquals(
                Double.parseDouble(a01[3]),
                plate.channel("Cells/Single Cells | Median (Comp-PE-A :: pSTAT4)")
                        .orElseThrow()
                        .valueAt(WellId.parse("A01")));
        assertTrue(result.problems().stream().anyMatch(p -> p.message().contains("summary rows [Mean, SD]")));
    }

    @Test
    void readsAFlowJo9TabTableWithNumberedSampleNamesAndMarkers() throws IOException, ImportException {
        Path file = write(
                "table.txt",
                """
                Sample:\tLymphocytes/Single Cells,Count\tLymphocytes/Single Cells/pSTAT4+,Freq. of Parent
                1: Specimen_003_B3_B03.fcs\t1520\t45.2
                2: Specimen_003_B4_B04.fcs\tn/a\t6.73e-3
                3: Specimen_003_B5_B05.fcs\t1480\tgated?
                Mean\t1500\t22.6
                StdDev\t28.3\t31.9
                """,
                StandardCharsets.UTF_8);
        ImportResult result = read(file);
        Plate plate = result.plates().get(0);
        var count = plate.channel("Lymphocytes/Single Cells,Count").orElseThrow();
        var freq = plate.channel("Lymphocytes/Single Cells/pSTAT4+,Freq. of Parent")
                .orElseThrow();
        assertEquals(1520, count.valueAt(WellId.parse("B03")));
        assertEquals(
                WellFlag.NOT_AVAILABLE,
                count.marker(WellId.parse("B04")).orElseThrow().flag());
        assertEquals(6.73e-3, freq.valueAt(WellId.parse("B04")));
        assertEquals(
                WellFlag.INVALID, freq.marker(WellId.parse("B05")).orElseThrow().flag());
        assertTrue(result.problems().stream()
                .anyMatch(p -> p.location().line() == 4 && p.message().contains("'gated?' in column")));
        assertEquals(3, count.presentCount(), "Mean and StdDev rows are not wells");
    }

    @Test
    void takesTheWellFromAWellIdColumnAndSplitsPlatesByPlateName() throws IOException, ImportException {
        Path file = write(
                "t.csv",
                """
                ,Single Cells | Median (Comp-PE-A :: pSTAT4),$WELLID,$PLATENAME
                sample 1.fcs,3800,A01,P1
                sample 2.fcs,3900,A02,P1
                sample 1.fcs,400,A01,P2
                """,
                StandardCharsets.UTF_8);
        List<Plate> plates = read(file).plates();
        assertEquals(List.of("P1", "P2"), plates.stream().map(Plate::name).toList());
        assertEquals(
                List.of("Single Cells | Median (Comp-PE-A :: pSTAT4)"),
                plates.get(0).channelNames());
        assertEquals(
                400,
                plates.get(1).channelNames().stream()
                        .map(c -> plates.get(1).channel(c).orElseThrow().valueAt(WellId.parse("A01")))
                        .findFirst()
                        .orElseThrow());
    }

    @Test
    void rejectsAWellTwiceNamingBothSamplesAndTheLine() throws IOException {
        Path file = write(
                "t.csv",
                """
                ,Cells | Count
                Specimen_001_A1_A01.fcs,10
                Specimen_002_A1_A01.fcs,11
                """,
                StandardCharsets.UTF_8);
        ImportException e = assertThrows(ImportException.class, () -> read(file));
        assertTrue(e.getMessage().startsWith("t.csv, line 3, well A01: "), e.getMessage());
        assertTrue(e.getMessage().contains("'Specimen_001_A1_A01.fcs' and 'Specimen_002_A1_A01.fcs'"), e.getMessage());
    }

    @Test
    void decodesMacRomanWithCrOnlyLineEnds() throws IOException, ImportException {
        String text = "Sample:\tCells/IL-17A–,Freq. of Parent\r1: Specimen_001_A1_A01.fcs\t12.5\r";
        Path file = write("mac.txt", text, Charset.forName("x-MacRoman"));
        Plate plate = read(file).plates().get(0);
        assertEquals(List.of("Cells/IL-17A–,Freq. of Parent"), plate.channelNames());
    }

    @Test
    void readsTheRealFlowJo9ExportAndSaysItsSamplesNameNoWells() {
        Path file = PublicData.file("flowjo/jw112_cytokine_test.tsv");
        ImportException e = assertThrows(ImportException.class, () -> read(file));
        assertTrue(
                e.getMessage()
                        .contains("none of the 15 samples names its well (e.g. 'Specimen_003_Spleen_001_045.fcs')"),
                e.getMessage());
    }

    @Test
    void decodesTheRealExportsEnDashFromMacRoman() throws IOException {
        String text = FlowJoText.decode(Files.readAllBytes(PublicData.file("flowjo/jw112_cytokine_test.tsv")))
                .text();
        assertTrue(text.contains("Q1: IL-17A–, IFNg+,Freq. of Parent"), text.substring(0, 200));
        assertEquals(18, text.split("\r").length);
    }

    @Test
    void probeClaimsFlowJoTablesAndNothingElse() throws IOException {
        assertTrue(IMPORTER.probe(ProbeSample.of(PublicData.file("flowjo/jw112_cytokine_test.tsv"))) >= 0.9);
        assertTrue(IMPORTER.probe(ProbeSample.of(SAMPLE)) >= 0.9);
        assertEquals(0, IMPORTER.probe(ProbeSample.of(Path.of("sample-plates/TYK2.matrix.csv"))));
        assertEquals(0, IMPORTER.probe(ProbeSample.of(Path.of("sample-plates/pstat4/layout.csv"))));
    }

    @Test
    void warnsAboutSamplesWithoutAWell() throws IOException, ImportException {
        Path file = write(
                "t.csv",
                ",Cells | Count\nSpecimen_001_A1_A01.fcs,10\ncompensation beads.fcs,11\n",
                StandardCharsets.UTF_8);
        List<ImportProblem> problems = read(file).problems();
        assertTrue(
                problems.stream().anyMatch(p -> p.message().contains("'compensation beads.fcs'")), problems::toString);
    }
}
