/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io;

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
import java.util.Set;
import java.util.TreeSet;
import org.hillfit.cli.CliRunner;
import org.hillfit.plate.Channel;
import org.hillfit.plate.Plate;
import org.hillfit.plate.WellId;
import org.hillfit.testing.BadCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * The bad-input corpus ({@code src/test/resources/bad/}, see its README) through the registry and the CLI: each
 * file fails with one line naming the file and saying what is wrong, writes nothing, and never takes long; files
 * marked {@code imports} are read with every absurd value flagged.
 */
class BadInputCorpusTest {
    private static final Path BAD = Path.of("src/test/resources/bad");
    private static final Path LAYOUT = Path.of("sample-plates", "panel-layout.csv");
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String TABLE = "/bad/expected-errors.csv";

    @TempDir
    Path dir;

    @Test
    void everyCorpusFileIsListedWithItsExpectedOutcome() {
        assertEquals(BadCorpus.files(BAD), BadCorpus.listed(BAD)); // sub-folders are the other corpora
    }

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = TABLE, numLinesToSkip = 1)
    void theRegistryReportsWhatIsWrong(String file, String outcome, String expected) {
        Path input = BAD.resolve(file);
        if (outcome.equals("imports")) {
            ImportResult result = assertTimeoutPreemptively(PATIENCE, () -> read(input));
            assertEquals(expectedFlags(expected), flags(result.plates()));
            return;
        }
        ImportException e =
                assertThrows(ImportException.class, () -> assertTimeoutPreemptively(PATIENCE, () -> read(input)));
        assertTrue(e.getMessage().startsWith(file), e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = TABLE, numLinesToSkip = 1)
    void convertFailsWithOneLineAndWritesNothing(String file, String outcome, String expected) throws IOException {
        Path out = dir.resolve("tidy.csv");
        CliRunner.Run run = assertTimeoutPreemptively(
                PATIENCE, () -> CliRunner.run("convert", BAD.resolve(file).toString(), "-o", out.toString()));
        if (outcome.equals("imports")) {
            assertEquals(0, run.exitCode(), run.err());
            String tidy = Files.readString(out);
            for (String wellFlag : expected.split(" ")) {
                String[] parts = wellFlag.split(":");
                assertTrue(tidy.contains("," + parts[0] + ",") && tidy.contains("," + parts[1] + "\n"), wellFlag);
            }
            return;
        }
        assertOneLineError(run, file, expected);
        assertFalse(Files.exists(out), "convert wrote " + out);
    }

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = TABLE, numLinesToSkip = 1)
    void analyzeFailsWithOneLineAndWritesNothing(String file, String outcome, String expected) {
        Path results = dir.resolve("results.csv");
        Path report = dir.resolve("report.xlsx");
        CliRunner.Run run = assertTimeoutPreemptively(
                PATIENCE,
                () -> CliRunner.run(
                        "analyze",
                        BAD.resolve(file).toString(),
                        "--layout",
                        LAYOUT.toString(),
                        "--results-csv",
                        results.toString(),
                        "--out",
                        report.toString()));
        if (outcome.equals("imports")) {
            assertTrue(run.exitCode() == 0 || run.exitCode() == 1, run.err());
            assertFalse(run.err().contains("Exception"), run.err());
            return;
        }
        assertOneLineError(run, file, expected);
        assertFalse(Files.exists(results), "analyze wrote " + results);
        assertFalse(Files.exists(report), "analyze wrote " + report);
    }

    @Test
    void anExternalEntityInAWorkbookIsNeverResolved() {
        CliRunner.Run run = CliRunner.run(
                "convert",
                BAD.resolve("xxe.xlsx").toString(),
                "-o",
                dir.resolve("x.csv").toString());
        assertFalse(run.err().contains("root:"), run.err());
        assertFalse(run.out().contains("root:"), run.out());
    }

    private static void assertOneLineError(CliRunner.Run run, String file, String expected) {
        assertEquals(1, run.exitCode(), run.err());
        String err = run.err().strip();
        assertEquals(1, err.lines().count(), err);
        assertTrue(err.startsWith("hillfit: error: " + file), err);
        assertTrue(err.contains(expected), err);
    }

    private static ImportResult read(Path input) throws ImportException {
        return ImporterRegistry.builtIn().read(input, ImporterRegistry.AUTO, ImportContext.defaults());
    }

    private static Set<String> expectedFlags(String expected) {
        return new TreeSet<>(List.of(expected.split(" ")));
    }

    private static Set<String> flags(List<Plate> plates) {
        Set<String> flags = new TreeSet<>();
        for (Plate plate : plates) {
            for (Channel channel : plate.channels()) {
                for (WellId well : channel.markers().keySet()) {
                    flags.add(well.label() + ":"
                            + channel.marker(well).orElseThrow().flag().slug());
                }
            }
        }
        return flags;
    }
}
