/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hillfit.report.ControlChartCsvWriter;
import org.hillfit.report.ReplicateCsvWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummarizeCommandTest {
    private static final Path SAMPLES = Path.of("sample-plates");

    @TempDir
    Path dir;

    @Test
    void combinesRunsIntoOneRowPerCompound() throws IOException {
        Path day1 = save("day1");
        Path day2 = save("day2");
        Path summary = dir.resolve("summary.csv");
        Path replicates = dir.resolve("replicates.csv");
        Path reference = dir.resolve("reference.csv");

        CliRunner.Run run = CliRunner.run(
                "summarize",
                day1.toString(),
                day2.toString(),
                "--out",
                summary.toString(),
                "--replicates-csv",
                replicates.toString(),
                "--reference",
                "TYK2=HF-001",
                "--reference-csv",
                reference.toString());

        assertEquals(0, run.exitCode(), run.err());
        List<String> rows = Files.readAllLines(summary);
        assertEquals(String.join(",", ReplicateCsvWriter.SUMMARY_HEADER), rows.get(0));
        assertEquals(1 + 16, rows.size());
        String hf001 = rows.get(1);
        // the same export twice: n = 2, SD 0, and the mean is that run's own pIC50
        String pic50 = resultsPic50("HF-001");
        assertTrue(hf001.startsWith("TYK2,HF-001,=,"), hf001);
        assertTrue(hf001.contains("," + pic50 + ",0,2,2,0,all_exact,"), hf001 + " vs pIC50 " + pic50);
        List<String> replicateRows = Files.readAllLines(replicates);
        assertTrue(replicateRows.get(1).startsWith("TYK2,HF-001,day1,TYK2-P1,"), replicateRows.get(1));
        assertTrue(replicateRows.get(2).startsWith("TYK2,HF-001,day2,TYK2-P1,"), replicateRows.get(2));
        List<String> chart = Files.readAllLines(reference);
        assertEquals(String.join(",", ControlChartCsvWriter.HEADER), chart.get(0));
        assertEquals(3, chart.size());
        assertTrue(run.out().contains("reference TYK2 / HF-001: 2 run(s)"), run.out());
        assertTrue(run.out().contains("MSR 1,"), run.out());
    }

    @Test
    void aBrokenProjectStopsTheSummaryAndNothingIsWritten() throws IOException {
        Path good = save("day1");
        Path bad = Files.writeString(dir.resolve("bad.hillfit"), "not json");
        Path summary = dir.resolve("summary.csv");
        CliRunner.Run run = CliRunner.run("summarize", good.toString(), bad.toString(), "--out", summary.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("bad.hillfit: line 1"), run.err());
        assertFalse(Files.exists(summary));
    }

    @Test
    void withoutAnOutputItIsAUsageError() throws IOException {
        assertEquals(2, CliRunner.run("summarize", save("day1").toString()).exitCode());
    }

    private Path save(String name) {
        Path project = dir.resolve(name + ".hillfit");
        CliRunner.Run run = CliRunner.run(
                "analyze",
                SAMPLES.resolve("TYK2.matrix.csv").toString(),
                "--layout",
                SAMPLES.resolve("panel-layout.csv").toString(),
                "--results-csv",
                dir.resolve(name + ".csv").toString(),
                "--save",
                project.toString());
        assertEquals(0, run.exitCode(), run.err());
        return project;
    }

    private String resultsPic50(String compound) throws IOException {
        for (String line : Files.readAllLines(dir.resolve("day1.csv"))) {
            String[] cells = line.split(",");
            if (cells[2].equals(compound)) {
                return cells[8];
            }
        }
        throw new AssertionError(compound + " not in the results");
    }
}
