/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.hillfit.plate.PlateMetadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Folders and zip archives as inputs: detection sees their file names, and only the FCS importer claims them. */
class ImporterRegistryFolderTest {
    private static final Path FCS = Path.of("sample-plates/pstat4/fcs");

    @TempDir
    Path dir;

    @Test
    void listsAFoldersFilesForProbing() throws IOException {
        ProbeSample sample = ProbeSample.of(FCS);
        assertTrue(sample.isDirectory());
        assertEquals(96, sample.entries().size());
        assertEquals("Specimen_001_A10_A10.fcs", sample.entries().get(0));
        assertEquals(0, sample.head().length);
    }

    @Test
    void detectsAndReadsAFolderOfFcsFiles() throws ImportException, IOException {
        ImporterRegistry registry = ImporterRegistry.builtIn();
        assertEquals(
                "fcs",
                registry.detect(ProbeSample.of(FCS)).ranking().get(0).importer().id());
        ImportResult result = registry.read(FCS, ImporterRegistry.AUTO, ImportContext.defaults());
        assertEquals(
                "fcs", result.plates().get(0).metadata(PlateMetadata.FORMAT).orElseThrow());
        assertEquals(
                FCS.toString(),
                result.plates().get(0).metadata(PlateMetadata.SOURCE_FILE).orElseThrow());
    }

    @Test
    void detectsAZipOfFcsFilesButNotAWorkbook() throws IOException {
        Path zip = dir.resolve("plate.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("run/Specimen_001_A1_A01.fcs"));
            out.write(Files.readAllBytes(FCS.resolve("Specimen_001_A1_A01.fcs")));
            out.closeEntry();
        }
        Path workbook = dir.resolve("book.xlsx");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(workbook))) {
            out.putNextEntry(new ZipEntry("xl/workbook.xml"));
            out.write("<workbook/>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            out.closeEntry();
        }
        ImporterRegistry registry = ImporterRegistry.builtIn();
        assertEquals(List.of("run/Specimen_001_A1_A01.fcs"), ProbeSample.of(zip).entries());
        assertEquals(
                "fcs", registry.detect(ProbeSample.of(zip)).worthTrying().get(0).id());
        assertTrue(registry.detect(ProbeSample.of(workbook)).ranking().stream()
                .filter(c -> c.importer().id().equals("fcs"))
                .allMatch(c -> c.confidence() == 0));
    }

    @Test
    void rejectsAFolderWithoutPlateExports() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("notes"));
        Files.writeString(folder.resolve("readme.txt"), "nothing to see");
        ImportException e = assertThrows(ImportException.class, () -> ImporterRegistry.builtIn()
                .read(folder, ImporterRegistry.AUTO, ImportContext.defaults()));
        assertTrue(e.getMessage().startsWith("notes: not a plate export Hillfit recognises"), e.getMessage());
    }

    @Test
    void rejectsAnEmptyFolder() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("empty"));
        ImportException e = assertThrows(ImportException.class, () -> ImporterRegistry.builtIn()
                .read(folder, ImporterRegistry.AUTO, ImportContext.defaults()));
        assertEquals("empty: the folder has no files", e.getMessage());
    }
}
