/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {
    private static final Path SAMPLES = Path.of("sample-plates");

    @TempDir
    Path dir;

    @Test
    void aSavedProjectReportsTheSameResultsAsTheAnalysis() throws IOException {
        Path input = Files.copy(SAMPLES.resolve("TYK2.matrix.csv"), dir.resolve("TYK2.matrix.csv"));
        Path project = dir.resolve("screen.hillfit");
        CliRunner.Run analyze = CliRunner.run(
                "analyze",
                input.toString(),
                "--layout",
                SAMPLES.resolve("panel-layout.csv").toString(),
                "--results-csv",
                dir.resolve("analyze.csv").toString(),
                "--qc-csv",
                dir.resolve("analyze-qc.csv").toString(),
                "--save",
                project.toString());
        assertEquals(0, analyze.exitCode(), analyze.err());
        Files.delete(input);

        CliRunner.Run report = CliRunner.run(
                "report",
                project.toString(),
                "--results-csv",
                dir.resolve("report.csv").toString(),
                "--qc-csv",
                dir.resolve("report-qc.csv").toString(),
                "--out",
                dir.resolve("report.xlsx").toString());

        assertEquals(0, report.exitCode(), report.err());
        assertArrayEquals(
                Files.readAllBytes(dir.resolve("analyze.csv")), Files.readAllBytes(dir.resolve("report.csv")));
        assertArrayEquals(
                Files.readAllBytes(dir.resolve("analyze-qc.csv")), Files.readAllBytes(dir.resolve("report-qc.csv")));
        assertTrue(Files.size(dir.resolve("report.xlsx")) > 0);
        assertTrue(report.err().contains("TYK2.matrix.csv: missing"), report.err());
    }

    @Test
    void aBrokenProjectIsOneLineNamingTheFileAndNothingIsWritten() throws IOException {
        Path project = dir.resolve("broken.hillfit");
        Files.writeString(project, "{\"format\": \"hillfit-project\", \"schemaVersion\": 2, \"settings\": {");
        Path results = dir.resolve("r.csv");
        CliRunner.Run run = CliRunner.run("report", project.toString(), "--results-csv", results.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("broken.hillfit: line 1"), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertFalse(Files.exists(results));
    }

    @Test
    void analyzeWithASaveIntoAMissingFolderWritesNothing() {
        Path results = dir.resolve("r.csv");
        CliRunner.Run run = CliRunner.run(
                "analyze",
                SAMPLES.resolve("TYK2.matrix.csv").toString(),
                "--layout",
                SAMPLES.resolve("panel-layout.csv").toString(),
                "--results-csv",
                results.toString(),
                "--save",
                dir.resolve("no/such/folder/p.hillfit").toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("p.hillfit: the folder"), run.err());
        assertFalse(Files.exists(results));
    }

    @Test
    void reportWithoutAnyOutputIsAUsageError() throws IOException {
        Path project = dir.resolve("p.hillfit");
        Files.writeString(project, "{}");
        assertEquals(2, CliRunner.run("report", project.toString()).exitCode());
    }
}
