/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hillfit.report.ResultsCsvWriter;
import org.hillfit.report.TidyCsvWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code hillfit analyze} and {@code convert} on the pSTAT4 sample: a folder of FCS files and a FlowJo table. */
class FlowCommandsTest {
    private static final Path SAMPLE = Path.of("sample-plates/pstat4");

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} --readout {1}")
    @CsvSource({
        // input, readout
        "fcs,              mfi",
        "fcs,              pct-positive",
        "fcs,              auto",
        "flowjo-table.csv, Median",
        "flowjo-table.csv, Freq. of Parent",
    })
    void analyzesTheSampleIntoOneResultRowPerCompound(String input, String readout) throws IOException {
        Path results = dir.resolve("r.csv");
        CliRunner.Run run = CliRunner.run(
                "analyze",
                SAMPLE.resolve(input).toString(),
                "--layout",
                SAMPLE.resolve("layout.csv").toString(),
                "--readout",
                readout,
                "--results-csv",
                results.toString());
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = Files.readAllLines(results);
        assertEquals(String.join(",", ResultsCsvWriter.HEADER), lines.get(0));
        assertEquals(11, lines.size());
        assertTrue(lines.get(1).contains(",pSTAT4-P1,HF-001,"), lines.get(1));
    }

    @Test
    void reportsTheLowEventWellInTheFlagsColumn() throws IOException {
        Path results = dir.resolve("r.csv");
        CliRunner.Run run = CliRunner.run(
                "analyze",
                SAMPLE.resolve("fcs").toString(),
                "--layout",
                SAMPLE.resolve("layout.csv").toString(),
                "--readout",
                "mfi",
                "--results-csv",
                results.toString());
        assertEquals(0, run.exitCode(), run.err());
        String hf004 = Files.readAllLines(results).stream()
                .filter(l -> l.contains(",HF-004,"))
                .findFirst()
                .orElseThrow();
        assertTrue(hf004.endsWith(",low_events:F05"), hf004);
    }

    @Test
    void convertsTheFolderIntoPerWellStatistics() throws IOException {
        Path tidy = dir.resolve("tidy.csv");
        CliRunner.Run run = CliRunner.run("convert", SAMPLE.resolve("fcs").toString(), "-o", tidy.toString());
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = Files.readAllLines(tidy);
        assertEquals(String.join(",", TidyCsvWriter.HEADER), lines.get(0));
        assertEquals(1 + 96 * 4, lines.size());
        assertTrue(lines.contains("pSTAT4-P1,F05,F,5,pSTAT4 median,,low_events"), lines.get(1));
        assertTrue(lines.get(1).startsWith("pSTAT4-P1,A01,A,1,events,"), lines.get(1));
    }

    @Test
    void convertsTheParameterNamedByChannel() throws IOException {
        Path tidy = dir.resolve("tidy.csv");
        CliRunner.Run run =
                CliRunner.run("convert", SAMPLE.resolve("fcs").toString(), "--channel", "CD56", "-o", tidy.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.readAllLines(tidy).get(3).startsWith("pSTAT4-P1,A01,A,1,CD56 median,"));
    }

    @Test
    void rejectsAnUnknownChannelInOneLineAndWritesNothing() {
        Path results = dir.resolve("r.csv");
        CliRunner.Run run = CliRunner.run(
                "analyze",
                SAMPLE.resolve("fcs").toString(),
                "--layout",
                SAMPLE.resolve("layout.csv").toString(),
                "--channel",
                "APC-A",
                "--results-csv",
                results.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("Specimen_001_A1_A01.fcs: no parameters match 'APC-A'"), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertFalse(Files.exists(results));
    }

    @Test
    void rejectsAnEmptyFolder() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        CliRunner.Run run = CliRunner.run(
                "convert", empty.toString(), "-o", dir.resolve("t.csv").toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("empty: the folder has no files"), run.err());
    }
}
