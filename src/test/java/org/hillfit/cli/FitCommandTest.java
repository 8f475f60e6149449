/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hillfit.report.CurveTableWriter;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FitCommandTest {
    @TempDir
    Path dir;

    private Path input() throws IOException {
        StringBuilder csv = new StringBuilder("curve_id,concentration,response\n");
        for (int i = 0; i < 10; i++) {
            double nM = 10_000 / Math.pow(3, i);
            double y = 100 / (1 + Math.pow(10, (-7 - (Math.log10(nM) - 9)))) + (i % 2 == 0 ? 2 : -2);
            csv.append("A,").append(nM).append(',').append(y).append('\n');
            csv.append("flat,")
                    .append(nM)
                    .append(',')
                    .append(i % 2 == 0 ? 1 : -1)
                    .append('\n');
        }
        csv.append("A,0,0.5\n"); // vehicle: left out
        Path in = dir.resolve("curves.csv");
        Files.writeString(in, csv);
        return in;
    }

    @ParameterizedTest
    @CsvSource({
        // extra options, expected class of curve A
        "'', 1.1",
        "--model=3pl, 1.1",
        "--model=5pl, 1.1",
        "--weight=1/y, 1.1",
        "--robust, 1.1",
        "--outliers, 1.1",
        "--ci=profile, 1.1"
    })
    void fitsEveryCurveWithTheChosenModel(String option, String curveClass) throws IOException {
        Path out = dir.resolve("fits.csv");
        String[] args = option.isEmpty()
                ? new String[] {"fit", input().toString(), "-o", out.toString()}
                : new String[] {"fit", input().toString(), "-o", out.toString(), option};
        CliRunner.Run run = CliRunner.run(args);
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = Files.readAllLines(out);
        assertEquals(String.join(",", CurveTableWriter.HEADER), lines.get(0));
        assertTrue(lines.get(1).startsWith("A,ok,=,"), lines.get(1));
        assertTrue(lines.get(1).endsWith("," + curveClass), lines.get(1));
        assertTrue(lines.get(2).startsWith("flat,inactive,>,10000,"), lines.get(2));
    }

    @ParameterizedTest
    @CsvSource({
        // bad option, words in the message
        "--model=7pl, unknown model",
        "--weight=1/x, unknown weighting",
        "--ci=bootstrap, unknown CI method"
    })
    void rejectsUnknownChoicesAsUsageErrors(String option, String expected) throws IOException {
        Path out = dir.resolve("fits.csv");
        CliRunner.Run run = CliRunner.run("fit", input().toString(), "-o", out.toString(), option);
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains(expected), run.err());
        assertFalse(Files.exists(out));
    }

    @ParameterizedTest
    @CsvSource({"--robust, assumes equal weights"})
    void rejectsClashingOptions(String option, String expected) throws IOException {
        Path out = dir.resolve("fits.csv");
        CliRunner.Run run = CliRunner.run("fit", input().toString(), "-o", out.toString(), option, "--weight=1/y2");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains(expected), run.err());
    }
}
