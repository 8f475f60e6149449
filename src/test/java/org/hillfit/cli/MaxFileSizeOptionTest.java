/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MaxFileSizeOptionTest {
    private static final Path LAYOUT = Path.of("sample-plates", "panel-layout.csv");

    @TempDir
    Path dir;

    /** A valid list of a little over 1 MiB (a long comment line is not data). */
    private Path bigList() throws IOException {
        Path file = dir.resolve("big.csv");
        Files.writeString(file, "well,signal\n#" + "x".repeat(600_000) + "\n#" + "y".repeat(600_000) + "\nA1,5\n");
        return file;
    }

    @Test
    void convertRefusesAFileOverTheLimitAndWritesNothing() throws IOException {
        Path out = dir.resolve("tidy.csv");
        CliRunner.Run run = CliRunner.run("convert", bigList().toString(), "-o", out.toString(), "--max-file-mb", "1");
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(
                run.err().contains("big.csv: the file is 1200021 bytes, over the limit of 1048576 bytes"), run.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void convertReadsTheSameFileUnderTheDefaultLimit() throws IOException {
        Path out = dir.resolve("tidy.csv");
        CliRunner.Run run = CliRunner.run("convert", bigList().toString(), "-o", out.toString());
        assertEquals(0, run.exitCode(), run.err());
    }

    @Test
    void analyzeRefusesAFileOverTheLimit() throws IOException {
        CliRunner.Run run =
                CliRunner.run("analyze", bigList().toString(), "--layout", LAYOUT.toString(), "--max-file-mb", "1");
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("over the limit of 1048576 bytes"), run.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-5", "lots"})
    void aNonsenseLimitIsAUsageError(String limit) throws IOException {
        CliRunner.Run run = CliRunner.run(
                "convert", bigList().toString(), "-o", dir.resolve("t.csv").toString(), "--max-file-mb", limit);
        assertEquals(2, run.exitCode(), run.err());
    }
}
