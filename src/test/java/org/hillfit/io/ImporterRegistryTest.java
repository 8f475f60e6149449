/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hillfit.io.formats.GenericMatrixImporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImporterRegistryTest {
    private static final Path TYK2 = Path.of("sample-plates", "TYK2.matrix.csv");

    @TempDir
    Path dir;

    /** An importer with a bug: it claims every file and throws an unchecked exception. */
    private static final class BrokenImporter implements PlateImporter {
        @Override
        public String id() {
            return "broken";
        }

        @Override
        public String displayName() {
            return "Broken";
        }

        @Override
        public List<String> fileExtensions() {
            return List.of("csv");
        }

        @Override
        public String description() {
            return "Always fails.";
        }

        @Override
        public double probe(ProbeSample sample) {
            return 0.9;
        }

        @Override
        public ImportResult read(Path file, ImportContext context) {
            throw new IllegalStateException("index out of step");
        }
    }

    @Test
    void anImporterBugBecomesOneImportExceptionNamingTheFile() {
        ImporterRegistry registry = new ImporterRegistry(List.of(new BrokenImporter()));
        ImportException e =
                assertThrows(ImportException.class, () -> registry.read(TYK2, "broken", ImportContext.defaults()));
        assertEquals(
                "TYK2.matrix.csv: the Broken importer failed unexpectedly (IllegalStateException: index out of"
                        + " step); please report this with the file",
                e.getMessage());
        assertInstanceOf(IllegalStateException.class, e.getCause());
    }

    @Test
    void detectionFallsBackPastAnImporterBug() throws ImportException {
        ImporterRegistry registry = new ImporterRegistry(List.of(new BrokenImporter(), new GenericMatrixImporter()));
        ImportResult result = registry.read(TYK2, ImporterRegistry.AUTO, ImportContext.defaults());
        assertEquals("generic-matrix", result.plates().get(0).metadata("format").orElseThrow());
    }

    @Test
    void aWorkbookNobodyCanOpenIsReportedAsSuch() throws IOException {
        Path file = dir.resolve("broken.xlsx");
        Files.write(file, new byte[] {'P', 'K', 3, 4, 0, 0, 0, 0, 1, 2, 3});
        ImportException e = assertThrows(ImportException.class, () -> ImporterRegistry.builtIn()
                .read(file, ImporterRegistry.AUTO, ImportContext.defaults()));
        assertEquals("broken.xlsx", e.getMessage().substring(0, "broken.xlsx".length()));
        assertEquals(true, e.getMessage().contains("not a readable Excel workbook"), e.getMessage());
    }
}
