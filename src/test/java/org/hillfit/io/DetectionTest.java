/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hillfit.plate.PlateBuilder;
import org.hillfit.plate.WellId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue #4: which importers detection tries, and whose error the user sees. */
class DetectionTest {
    @TempDir
    Path dir;

    /** An importer with a fixed confidence that either fails or reads one well. */
    private record Fake(String id, double confidence, boolean fails) implements PlateImporter {
        @Override
        public String displayName() {
            return id;
        }

        @Override
        public List<String> fileExtensions() {
            return List.of("csv");
        }

        @Override
        public String description() {
            return id;
        }

        @Override
        public double probe(ProbeSample sample) {
            return confidence;
        }

        @Override
        public ImportResult read(Path file, ImportContext context) throws ImportException {
            if (fails) {
                throw new ImportException(SourceLocation.line(file, 7), id + " says row C is short");
            }
            PlateBuilder plate = new PlateBuilder(id);
            plate.channel("x").value(WellId.parse("A1"), 1);
            return ImportResult.of(List.of(plate.build()));
        }
    }

    @Test
    void aBrokenFileACertainImporterRecognisesIsReportedNotReadByAGenericFallback() throws IOException {
        Path file = Files.writeString(dir.resolve("export.csv"), "vendor header\n");
        ImporterRegistry registry =
                new ImporterRegistry(List.of(new Fake("vendor", 0.95, true), new Fake("generic", 0.5, false)));

        ImportException e =
                assertThrows(ImportException.class, () -> registry.read(file, "auto", ImportContext.defaults()));

        assertEquals("vendor says row C is short", e.problem());
        assertEquals(7, e.location().line());
    }

    @Test
    void aFailingUncertainImporterStillFallsBack() throws Exception {
        Path file = Files.writeString(dir.resolve("export.csv"), "a grid\n");
        ImporterRegistry registry =
                new ImporterRegistry(List.of(new Fake("guess", 0.7, true), new Fake("generic", 0.5, false)));

        ImportResult result = registry.read(file, "auto", ImportContext.defaults());

        assertEquals("generic", result.plates().get(0).name());
    }
}
