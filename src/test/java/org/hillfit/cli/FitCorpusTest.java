/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.hillfit.io.ImportContext;
import org.hillfit.io.ImportException;
import org.hillfit.io.table.DelimitedTables;
import org.hillfit.plate.ConcentrationUnit;
import org.hillfit.testing.BadCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * The {@code hillfit fit} corpus ({@code src/test/resources/bad/fit/}, see its README): curve tables that must be
 * refused by the reader with an {@link ImportException} naming the file and line, and by the command with exit code
 * 1, one line on stderr and no output file.
 */
class FitCorpusTest {
    private static final Path FOLDER = BadCorpus.ROOT.resolve("fit");
    private static final String TABLE = "/bad/fit/expected-errors.csv";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    @Test
    void everyCorpusFileIsListedWithItsExpectedError() {
        assertEquals(BadCorpus.files(FOLDER), BadCorpus.listed(FOLDER));
    }

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = TABLE, numLinesToSkip = 1)
    void theReaderNamesTheFileAndWhatWasExpected(String file, String expected) {
        ImportException e = assertThrows(
                ImportException.class, () -> assertTimeoutPreemptively(PATIENCE, () -> read(FOLDER.resolve(file))));
        assertTrue(e.getMessage().startsWith(file), e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = TABLE, numLinesToSkip = 1)
    void fitFailsWithOneLineAndWritesNothing(String file, String expected) {
        Path out = dir.resolve("fits.csv");
        CliRunner.Run run = assertTimeoutPreemptively(
                PATIENCE, () -> CliRunner.run("fit", FOLDER.resolve(file).toString(), "-o", out.toString()));
        BadCorpus.assertOneLineError(run.exitCode(), run.err(), file, expected, out);
    }

    @Test
    void aLineOverTheLengthLimitIsRefused() throws IOException {
        Path file = dir.resolve("long.csv");
        Files.writeString(file, "curve_id,concentration,response\n" + "c".repeat(1_000_001) + ",1,2\n");
        ImportException e = assertThrows(ImportException.class, () -> read(file));
        assertTrue(e.getMessage().startsWith("long.csv, line 2: "), e.getMessage());
        assertTrue(e.getMessage().contains("over the limit of 1000000"), e.getMessage());
    }

    /** Unmeasured responses are points left out, and the result says so: fewer points and a flagged curve. */
    @Test
    void unmeasuredResponsesAreLeftOutAndCountedNeverReadAsNumbers() throws IOException {
        Path file = dir.resolve("curves.csv");
        Files.writeString(
                file,
                """
                curve_id,concentration,response
                c1,10000,98
                c1,3333,95
                c1,1111,85
                c1,370,NaN
                c1,123,30
                c1,41,OVRFLW
                c1,13.7,1e999
                c1,4.5,2
                """);
        Path out = dir.resolve("fits.csv");
        CliRunner.Run run = CliRunner.run("fit", file.toString(), "-o", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        List<String> row = List.of(Files.readAllLines(out).get(1).split(",", -1));
        assertEquals("flagged", row.get(1), String.join(",", row));
        assertEquals("5", row.get(11), "n_points: 5 of 8 lines were measured");
    }

    private static Object read(Path file) throws ImportException {
        return FitCommand.readCurves(DelimitedTables.read(file, ImportContext.defaults()), ConcentrationUnit.NANOMOLAR);
    }
}
