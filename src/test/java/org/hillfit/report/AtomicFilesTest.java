/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void writtenFilesGetOrdinaryPermissionsNotOwnerOnly() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path ordinary = Files.createFile(dir.resolve("ordinary.txt"));
        Path written = dir.resolve("report.xlsx");
        AtomicFiles.write(written, out -> out.write(1));
        assertEquals(Files.getPosixFilePermissions(ordinary), Files.getPosixFilePermissions(written));
    }

    @Test
    void aFailingWriterLeavesThePreviousFileAndNoTemporaryFile() throws IOException {
        Path target = Files.writeString(dir.resolve("r.csv"), "previous");
        assertThrows(
                IOException.class,
                () -> AtomicFiles.write(target, out -> {
                    out.write("half a fi".getBytes());
                    throw new IOException("disk full");
                }));
        assertEquals("previous", Files.readString(target));
        try (var files = Files.list(dir)) {
            assertEquals(
                    List.of("r.csv"), files.map(p -> p.getFileName().toString()).toList());
        }
    }
}
