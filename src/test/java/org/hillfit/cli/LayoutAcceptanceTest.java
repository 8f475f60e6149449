/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.hillfit.samples.PanelDesign;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The layout forms and rules end to end through the command line, on the committed sample plates. */
class LayoutAcceptanceTest {
    private static final Path SAMPLES = Path.of("sample-plates");

    @TempDir
    Path dir;

    private static List<String> panelInputs() {
        return PanelDesign.TARGETS.stream()
                .map(t -> SAMPLES.resolve(t + ".matrix.csv").toString())
                .toList();
    }

    private byte[] analyzePanel(String layout, String... more) throws IOException {
        Path results = dir.resolve("r-" + Math.abs(layout.hashCode()) + ".csv");
        List<String> args = new ArrayList<>(List.of("analyze"));
        args.addAll(panelInputs());
        args.addAll(List.of("--layout", layout, "--results-csv", results.toString()));
        args.addAll(List.of(more));
        CliRunner.Run run = CliRunner.run(args.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.err());
        return Files.readAllBytes(results);
    }

    @Test
    void gridAndLongLayoutsGiveIdenticalResults() throws IOException {
        byte[] viaLong = analyzePanel(SAMPLES.resolve("panel-layout.csv").toString());
        byte[] viaGrid = analyzePanel(SAMPLES.resolve("panel-layout.grid.csv").toString());
        assertArrayEquals(viaLong, viaGrid);
        assertEquals(
                1 + 64,
                new String(viaGrid, java.nio.charset.StandardCharsets.UTF_8)
                        .lines()
                        .count());
    }

    @Test
    void aSavedTemplateGivesTheSameLayoutAndResults() throws IOException {
        Path layout = dir.resolve("rule.csv");
        String compounds = String.join(",", PanelDesign.compounds());
        CliRunner.Run rule = CliRunner.run(
                "layout",
                "rule",
                "--plate",
                "384",
                "--compounds",
                compounds,
                "--top",
                "10000nM",
                "--fold",
                "3",
                "--points",
                "10",
                "--replicates",
                "2",
                "--neutral",
                "columns 1-2",
                "--inhibitor",
                "columns 23-24",
                "-o",
                layout.toString(),
                "--save-template",
                "--template-dir",
                dir.resolve("templates").toString());
        assertEquals(0, rule.exitCode(), rule.err());
        assertArrayEquals(Files.readAllBytes(SAMPLES.resolve("panel-layout.csv")), Files.readAllBytes(layout));
        assertTrue(
                rule.out().contains("saved template '384 · 16 cpds × 10 pts × 2 · controls cols 1–2/23–24'"),
                rule.out());

        byte[] viaLong = analyzePanel(SAMPLES.resolve("panel-layout.csv").toString());
        byte[] viaTemplate = analyzePanel(
                "template:384 · 16 cpds × 10 pts × 2 · controls cols 1–2/23–24",
                "--template-dir",
                dir.resolve("templates").toString());
        assertArrayEquals(viaLong, viaTemplate);

        CliRunner.Run list = CliRunner.run(
                "layout",
                "templates",
                "--template-dir",
                dir.resolve("templates").toString());
        assertTrue(list.out().startsWith("384 · 16 cpds × 10 pts × 2 · controls cols 1–2/23–24"), list.out());
    }

    @Test
    void convertingTheLongPanelLayoutToGridsGivesTheCommittedGridFile() throws IOException {
        Path grid = dir.resolve("grid.csv");
        CliRunner.Run run = CliRunner.run(
                "layout", "convert", SAMPLES.resolve("panel-layout.csv").toString(), "--grid", "-o", grid.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertArrayEquals(Files.readAllBytes(SAMPLES.resolve("panel-layout.grid.csv")), Files.readAllBytes(grid));
    }

    @Test
    void aLayoutIsNotWrittenAsCsvTextUnderAnExcelName() {
        Path xlsx = dir.resolve("grid.xlsx");
        CliRunner.Run run = CliRunner.run(
                "layout", "convert", SAMPLES.resolve("panel-layout.csv").toString(), "--grid", "-o", xlsx.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains(": layouts are written as CSV text; name the file .csv"), run.err());
        assertFalse(Files.exists(xlsx));
    }

    @Test
    void anEchoLogBecomesPerPlateLayouts() throws Exception {
        Path echo = Path.of(getClass()
                .getResource("/org/hillfit/io/layout/echo/transfer-log.csv")
                .toURI());
        Path map = echo.resolveSibling("source-map.csv");
        Path out = dir.resolve("echo.csv");
        CliRunner.Run run = CliRunner.run(
                "layout",
                "echo",
                echo.toString(),
                "--source-map",
                map.toString(),
                "--assay-volume",
                "25 µL",
                "-o",
                out.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(
                run.out().contains("2 plate layout(s) (DEST-001, DEST-002) from 15 transfer(s), 2 failed"), run.out());
        List<String> lines = Files.readAllLines(out);
        assertEquals("plate,well,role,compound,concentration,unit,flag", lines.get(0));
        assertTrue(lines.contains("DEST-001,A06,sample,CPD-A,1100,nM,"), lines::toString);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("DEST-001,A05,sample,CPD-A,1000,nM,failed_transfer (")));
        assertTrue(run.err().contains("hillfit: warning: transfer-log.csv, plate 'DEST-001', well A07"), run.err());
    }

    @Test
    void aRuleThatDoesNotFitIsOneLineAndWritesNothing() {
        Path out = dir.resolve("l.csv");
        CliRunner.Run run = CliRunner.run(
                "layout",
                "rule",
                "--plate",
                "96",
                "--compounds",
                "A,B,C,D,E,F,G,H,I",
                "--top",
                "10uM",
                "--points",
                "12",
                "-o",
                out.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().startsWith("hillfit: error: 9 compounds × 12 doses"), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void layoutWithoutASubcommandAndCrossedQcBandsAreUsageErrors() {
        assertEquals(2, CliRunner.run("layout").exitCode());
        CliRunner.Run crossed = CliRunner.run(
                "analyze",
                SAMPLES.resolve("TYK2.matrix.csv").toString(),
                "--layout",
                SAMPLES.resolve("panel-layout.csv").toString(),
                "--z-prime-pass",
                "0.3",
                "--z-prime-warn",
                "0.6");
        assertEquals(2, crossed.exitCode());
        assertTrue(crossed.err().contains("--z-prime-warn"), crossed.err());
    }

    @Test
    void everyLayoutCommandHasExamplesInItsHelp() {
        for (String command : List.of("rule", "echo", "convert", "templates")) {
            CliRunner.Run help = CliRunner.run("layout", command, "--help");
            assertEquals(0, help.exitCode());
            assertTrue(help.out().contains("Examples:"), command);
            assertTrue(help.out().contains("hillfit layout " + command), command);
        }
        String analyzeHelp = CliRunner.run("analyze", "--help").out();
        assertTrue(analyzeHelp.contains("--control-statistic"), analyzeHelp);
        assertTrue(analyzeHelp.contains("template:"), analyzeHelp);
    }

    @Test
    void theControlStatisticOptionChangesTheNormalisation() throws IOException {
        Path qc = dir.resolve("qc.csv");
        CliRunner.Run run = CliRunner.run(
                "analyze",
                SAMPLES.resolve("TYK2.matrix.csv").toString(),
                "--layout",
                SAMPLES.resolve("panel-layout.csv").toString(),
                "--control-statistic",
                "mean",
                "--qc-csv",
                qc.toString());
        assertEquals(0, run.exitCode(), run.err());
        String row = Files.readAllLines(qc).get(1);
        assertTrue(row.endsWith(",mean of 32 neutral / 32 inhibitor controls"), row);
        assertTrue(
                run.out().lines().collect(Collectors.toList()).get(1).startsWith("TYK2: 1 plate(s), QC pass"),
                run.out());
    }
}
