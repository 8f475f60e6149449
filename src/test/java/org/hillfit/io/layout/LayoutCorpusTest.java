/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.hillfit.cli.CliRunner;
import org.hillfit.io.ImportContext;
import org.hillfit.io.ImportException;
import org.hillfit.testing.BadCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * The layout corpus ({@code src/test/resources/bad/layouts/}, see its README): long and grid layouts, templates,
 * Echo transfer logs and source maps that must be refused. Each fails in its reader with an {@link ImportException}
 * naming the file and what was expected, and in the CLI ({@code layout convert}, {@code analyze --layout}, {@code
 * layout echo}) with exit code 1, one line on stderr and no output file.
 */
class LayoutCorpusTest {
    private static final Path FOLDER = BadCorpus.ROOT.resolve("layouts");
    private static final String TABLE = "/bad/layouts/expected-errors.csv";
    private static final Path ECHO = Path.of("src/test/resources/org/hillfit/io/layout/echo");
    private static final Path GOOD_LOG = ECHO.resolve("transfer-log.csv");
    private static final Path GOOD_MAP = ECHO.resolve("source-map.csv");
    private static final Path PLATE = Path.of("sample-plates", "TYK2.matrix.csv");
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    @Test
    void everyCorpusFileIsListedWithItsExpectedError() {
        assertEquals(BadCorpus.files(FOLDER), BadCorpus.listed(FOLDER));
    }

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = TABLE, numLinesToSkip = 1)
    void theReaderNamesTheFileAndWhatWasExpected(String file, String reader, String expected) {
        ImportException e = assertThrows(
                ImportException.class, () -> assertTimeoutPreemptively(PATIENCE, () -> read(file, reader)));
        assertTrue(e.getMessage().startsWith(file), e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = TABLE, numLinesToSkip = 1)
    void theLayoutCommandsFailWithOneLineAndWriteNothing(String file, String reader, String expected) {
        Path out = dir.resolve("layout.csv");
        Path input = FOLDER.resolve(file);
        CliRunner.Run run = assertTimeoutPreemptively(PATIENCE, () -> switch (reader) {
            case "layout" -> CliRunner.run("layout", "convert", input.toString(), "-o", out.toString());
            case "echo" -> echo(input, GOOD_MAP, out);
            default -> echo(GOOD_LOG, input, out);
        });
        BadCorpus.assertOneLineError(run.exitCode(), run.err(), file, expected, out);
    }

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = TABLE, numLinesToSkip = 1)
    void analyzeWithABrokenLayoutFailsWithOneLineAndWritesNothing(String file, String reader, String expected) {
        if (!reader.equals("layout")) {
            return; // transfer logs and source maps are not layouts; analyze refuses them like any broken layout
        }
        Path results = dir.resolve("results.csv");
        Path report = dir.resolve("report.xlsx");
        CliRunner.Run run = assertTimeoutPreemptively(
                PATIENCE,
                () -> CliRunner.run(
                        "analyze",
                        PLATE.toString(),
                        "--layout",
                        FOLDER.resolve(file).toString(),
                        "--results-csv",
                        results.toString(),
                        "--out",
                        report.toString()));
        BadCorpus.assertOneLineError(run.exitCode(), run.err(), file, expected, results, report);
    }

    @Test
    void aLayoutLineOverTheLengthLimitIsRefused() throws IOException {
        Path file = dir.resolve("long-line.csv");
        Files.writeString(
                file, "well,role,compound,concentration,unit\nA01,sample," + "x".repeat(1_000_001) + ",1,nM\n");
        ImportException e =
                assertThrows(ImportException.class, () -> LayoutReaders.read(file, ImportContext.defaults()));
        assertTrue(e.getMessage().startsWith("long-line.csv, line 2: "), e.getMessage());
        assertTrue(e.getMessage().contains("over the limit of 1000000"), e.getMessage());
    }

    private static Object read(String file, String reader) throws ImportException {
        Path input = FOLDER.resolve(file);
        ImportContext context = ImportContext.defaults();
        return switch (reader) {
            case "layout" -> LayoutReaders.read(input, context);
            case "echo" ->
                EchoLayoutBuilder.build(
                        EchoLogReader.read(input, context), SourceMap.read(GOOD_MAP, context), 25, Optional.empty());
            default ->
                EchoLayoutBuilder.build(
                        EchoLogReader.read(GOOD_LOG, context), SourceMap.read(input, context), 25, Optional.empty());
        };
    }

    private static CliRunner.Run echo(Path log, Path map, Path out) {
        return CliRunner.run(
                "layout",
                "echo",
                log.toString(),
                "--source-map",
                map.toString(),
                "--assay-volume",
                "25uL",
                "-o",
                out.toString());
    }
}
