/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.hillfit.io.ImportException;
import org.hillfit.io.ImportLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FcsPlateInputsTest {

    @TempDir
    Path dir;

    @Test
    void ordersFileNamesAsAPlateIsRead() {
        List<String> names = new ArrayList<>(List.of(
                "Specimen_001_A10_A10.fcs",
                "Specimen_001_B1_B01.fcs",
                "Specimen_001_A2_A02.fcs",
                "Specimen_001_A1_A01.fcs"));
        names.sort(FcsPlateInputs::naturalOrder);
        assertEquals(
                List.of(
                        "Specimen_001_A1_A01.fcs",
                        "Specimen_001_A2_A02.fcs",
                        "Specimen_001_A10_A10.fcs",
                        "Specimen_001_B1_B01.fcs"),
                names);
    }

    @Test
    void refusesAnArchiveWithTooManyEntries() throws IOException {
        Path zip = dir.resolve("many.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (int i = 0; i <= FcsPlateInputs.MAX_ZIP_ENTRIES; i++) {
                out.putNextEntry(new ZipEntry("f" + i + ".txt"));
                out.closeEntry();
            }
        }
        ImportException e = assertThrows(ImportException.class, () -> FcsPlateInputs.open(zip, ImportLimits.DEFAULT));
        assertTrue(e.getMessage().contains("over the limit of 20000"), e.getMessage());
    }

    @Test
    void refusesAnEntryThatUnpacksPastTheSizeLimit() throws IOException, ImportException {
        Path zip = dir.resolve("bomb.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("Specimen_001_A1_A01.fcs"));
            out.write(new byte[200_000]); // compresses to almost nothing
            out.closeEntry();
        }
        try (FcsPlateInputs inputs = FcsPlateInputs.open(zip, new ImportLimits(100_000, 1000, 1000))) {
            ImportException e = assertThrows(
                    ImportException.class, () -> inputs.read(inputs.files().get(0)));
            assertTrue(e.getMessage().contains("unpacks to more than 100000 bytes"), e.getMessage());
        }
    }
}
