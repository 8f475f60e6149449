/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Shared checks of the bad-input corpora under {@code src/test/resources/bad/} (importers, layouts, projects, FCS,
 * {@code hillfit fit}): every file is listed in its folder's {@code expected-errors.csv}, and a command that fails
 * prints exactly one line naming the file and what is wrong, exits with 1 and writes nothing.
 */
public final class BadCorpus {
    /** The root of the corpora. */
    public static final Path ROOT = Path.of("src/test/resources/bad");
    /** The table of expected outcomes in each corpus folder. */
    public static final String TABLE = "expected-errors.csv";

    private BadCorpus() {}

    /** The regular files of a corpus folder, without its README and table. */
    public static Set<String> files(Path folder) {
        try (Stream<Path> list = Files.list(folder)) {
            Set<String> files = new TreeSet<>();
            list.filter(Files::isRegularFile)
                    .map(p -> p.getFileName().toString())
                    .filter(n -> !n.equals("README.md") && !n.equals(TABLE))
                    .forEach(files::add);
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first column of the folder's table (without its header). */
    public static Set<String> listed(Path folder) {
        try {
            Set<String> listed = new TreeSet<>();
            java.util.List<String> lines = Files.readAllLines(folder.resolve(TABLE));
            for (String line : lines.subList(1, lines.size())) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    listed.add(line.substring(0, line.indexOf(',')));
                }
            }
            return listed;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A failed command: exit code 1, one line on stderr starting with {@code hillfit: error:}, naming {@code file}
     * and containing {@code expected}, no Java exception class name, and none of {@code outputs} written.
     */
    public static void assertOneLineError(int exitCode, String stderr, String file, String expected, Path... outputs) {
        String err = stderr.strip();
        assertEquals(1, exitCode, err);
        assertEquals(1, err.lines().count(), err);
        assertTrue(err.startsWith("hillfit: error: "), err);
        assertTrue(err.contains(file), "the message names " + file + ": " + err);
        assertTrue(err.contains(expected), "the message says '" + expected + "': " + err);
        assertFalse(err.contains("Exception"), err);
        for (Path output : outputs) {
            assertFalse(Files.exists(output), "wrote " + output);
        }
    }
}
