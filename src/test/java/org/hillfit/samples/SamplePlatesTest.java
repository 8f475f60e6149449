/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.samples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.hillfit.io.ImportContext;
import org.hillfit.io.ImportException;
import org.hillfit.io.table.SpreadsheetTables;
import org.hillfit.io.table.TextRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed sample plates are exactly what the generator produces from its seeds. */
class SamplePlatesTest {
    @TempDir
    Path dir;

    @Test
    void committedSamplesMatchTheGenerator() throws IOException {
        Path folder = Path.of("sample-plates");
        for (Map.Entry<String, byte[]> e : SamplePlateGenerator.files().entrySet()) {
            Path file = folder.resolve(e.getKey());
            assertTrue(Files.exists(file), () -> file + " is missing; run the generator (see SamplePlateGenerator)");
            if (file.toString().endsWith(".xlsx")) {
                // POI stamps creation times into workbooks: compare what a reader sees, cell by cell
                assertEquals(
                        cells(writeTemp(e.getValue())),
                        cells(file),
                        () -> file + " differs from the generator's output; regenerate it on purpose and review");
            } else {
                assertArrayEquals(
                        e.getValue(),
                        Files.readAllBytes(file),
                        () -> file + " differs from the generator's output; regenerate it on purpose and review");
            }
        }
    }

    private Path writeTemp(byte[] bytes) throws IOException {
        Path file = dir.resolve("generated.xlsx");
        Files.write(file, bytes);
        return file;
    }

    private static List<List<String>> cells(Path workbook) throws IOException {
        try {
            return SpreadsheetTables.read(workbook, ImportContext.defaults(), Integer.MAX_VALUE).stream()
                    .flatMap(t -> t.rows().stream())
                    .map(TextRow::cells)
                    .toList();
        } catch (ImportException e) {
            throw new IOException(e.getMessage(), e);
        }
    }
}
