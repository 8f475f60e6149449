/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import org.hillfit.samples.LayoutCsvWriter;
import org.hillfit.samples.MatrixCsvWriter;
import org.hillfit.samples.PanelDesign;
import org.hillfit.samples.SimulatedTrFretPlate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Large inputs through the whole CLI within the default test heap, and the same results on one thread as on many.
 * Not timed; each finishes in seconds on the 2-core build machine.
 */
class LargeInputTest {
    @TempDir
    Path dir;

    @Test
    void aHundredPlatePanelGoesThroughAnalyzeIntoAnExcelReport() throws Exception {
        List<String> args = new ArrayList<>(List.of("analyze"));
        for (int p = 0; p < 100; p++) {
            String target = PanelDesign.TARGETS.get(p % PanelDesign.TARGETS.size());
            Path file = dir.resolve(String.format("%s-%03d.csv", target, p));
            Files.writeString(file, MatrixCsvWriter.write(target + "-" + p, SimulatedTrFretPlate.simulate(target, p)));
            args.add(file.toString());
        }
        Path layout = dir.resolve("layout.csv");
        Files.writeString(layout, LayoutCsvWriter.write(PanelDesign.layout()));
        Path results = dir.resolve("results.csv");
        Path report = dir.resolve("report.xlsx");
        args.addAll(List.of(
                "--layout", layout.toString(), "--results-csv", results.toString(), "--out", report.toString()));
        CliRunner.Run run = CliRunner.run(args.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(
                1 + 100 * PanelDesign.compounds().size(),
                Files.readAllLines(results).size());
        assertTrue(Files.size(report) > 100_000, "a report with every plate");
    }

    @Test
    void a1536WellPlateGoesThroughImportAndAnalyze() throws Exception {
        Path layout = dir.resolve("layout-1536.csv");
        String compounds = String.join(
                ",",
                java.util.stream.IntStream.rangeClosed(1, 40)
                        .mapToObj(i -> "CPD-" + i)
                        .toList());
        CliRunner.Run rule = CliRunner.run(
                "layout",
                "rule",
                "--plate",
                "1536",
                "--compounds",
                compounds,
                "--top",
                "10uM",
                "--points",
                "10",
                "--replicates",
                "2",
                "--neutral",
                "columns 1-2",
                "--inhibitor",
                "columns 47-48",
                "-o",
                layout.toString());
        assertEquals(0, rule.exitCode(), rule.err());
        Path results = dir.resolve("results.csv");
        CliRunner.Run run = CliRunner.run(
                "analyze",
                "src/test/resources/org/hillfit/io/formats/generic-matrix/plate1536.tsv",
                "--layout",
                layout.toString(),
                "--results-csv",
                results.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(1 + 40, Files.readAllLines(results).size());
    }

    /** Fitting and importing run on the common pool: one thread and four give byte-identical results. */
    @Test
    void theSamplePanelGivesByteIdenticalResultsOnOneThreadAndOnFour() throws Exception {
        assertArrayEquals(resultsWith(1), resultsWith(4));
    }

    private byte[] resultsWith(int threads) throws Exception {
        Path results = dir.resolve("results-" + threads + ".csv");
        Path qc = dir.resolve("qc-" + threads + ".csv");
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            CliRunner.Run run = pool.submit(() -> CliRunner.run(
                            "analyze",
                            "sample-plates/TYK2.matrix.csv",
                            "sample-plates/JAK1.matrix.csv",
                            "sample-plates/JAK2.matrix.csv",
                            "sample-plates/JAK3.matrix.csv",
                            "--layout",
                            "sample-plates/panel-layout.csv",
                            "--results-csv",
                            results.toString(),
                            "--qc-csv",
                            qc.toString()))
                    .get();
            assertEquals(0, run.exitCode(), run.err());
        } finally {
            pool.shutdown();
        }
        byte[] both =
                (Files.readString(results) + Files.readString(qc)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return both;
    }
}
