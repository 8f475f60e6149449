/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import org.hillfit.cli.CliRunner;
import org.hillfit.testing.BadCorpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * The project corpus ({@code src/test/resources/bad/projects/}, see its README): hostile and broken project files,
 * committed as they are or made by one textual change to the sample project. Each is refused by {@link
 * ProjectStore#open} with a {@link ProjectException} naming the file, and by {@code hillfit report} with exit code 1,
 * one line on stderr and no report written.
 */
class ProjectCorpusTest {
    private static final Path FOLDER = BadCorpus.ROOT.resolve("projects");
    private static final String TABLE = "/bad/projects/expected-errors.csv";
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static String sample;

    @TempDir
    Path dir;

    @BeforeAll
    static void saveTheSampleProject() throws Exception {
        sample = new ProjectStore().text(SessionFixtures.session("TYK2"), Path.of("sample.hillfit"));
    }

    @Test
    void everyCommittedFileIsListedAndEveryListedFileExists() throws IOException {
        Set<String> committed = new TreeSet<>();
        for (String line : Files.readAllLines(FOLDER.resolve(BadCorpus.TABLE))) {
            String[] cells = line.split(",", -1);
            if (cells.length > 1 && cells[1].isEmpty()) {
                committed.add(cells[0]);
            }
        }
        assertEquals(BadCorpus.files(FOLDER), committed);
    }

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = TABLE, numLinesToSkip = 1)
    void theStoreNamesTheFileAndWhatIsWrong(String file, String base, String replace, String with, String expected)
            throws IOException {
        Path input = input(file, base, replace, with);
        ProjectException e = assertThrows(
                ProjectException.class,
                () -> assertTimeoutPreemptively(PATIENCE, () -> new ProjectStore().open(input, SessionFixtures.ALICE)));
        assertTrue(e.getMessage().contains(file + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        assertFalse(e.getMessage().contains("org.hillfit"), e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = TABLE, numLinesToSkip = 1)
    void reportFailsWithOneLineAndWritesNothing(String file, String base, String replace, String with, String expected)
            throws IOException {
        Path input = input(file, base, replace, with);
        Path results = dir.resolve("results.csv");
        Path report = dir.resolve("report.xlsx");
        CliRunner.Run run = assertTimeoutPreemptively(
                PATIENCE,
                () -> CliRunner.run(
                        "report", input.toString(), "--results-csv", results.toString(), "--out", report.toString()));
        BadCorpus.assertOneLineError(run.exitCode(), run.err(), file, expected, results, report);
    }

    /** The committed file, or the sample project with one change written under the file's name. */
    private Path input(String file, String base, String replace, String with) throws IOException {
        if (base == null) {
            return FOLDER.resolve(file);
        }
        String text;
        if (replace.equals("<second half>")) {
            text = sample.substring(0, sample.length() / 2);
        } else {
            assertTrue(sample.contains(replace), "the sample project lacks: " + replace);
            text = sample.replaceFirst(java.util.regex.Pattern.quote(replace), with == null ? "" : with);
        }
        Path written = dir.resolve(file);
        Files.writeString(written, text);
        return written;
    }
}
