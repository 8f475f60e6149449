/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Dropped files and folders are sorted into exports, layouts and projects. */
class DroppedFilesTest {

    @Test
    void sortsTheFilesOfADroppedFolder(@TempDir Path dir) throws Exception {
        for (String name : List.of(
                "TYK2.matrix.csv",
                "JAK1.matrix.csv",
                "panel-layout.csv",
                "panel-layout.grid.csv",
                "README.md",
                ".hidden.csv",
                "screen.hillfit")) {
            Files.writeString(dir.resolve(name), "x");
        }
        Files.createDirectories(dir.resolve("readers"));

        DroppedFiles files = DroppedFiles.of(List.of(dir));

        assertEquals(List.of(dir.resolve("JAK1.matrix.csv"), dir.resolve("TYK2.matrix.csv")), files.inputs());
        assertEquals(dir.resolve("panel-layout.csv"), files.layout().orElseThrow(), "the shortest layout name first");
        assertEquals(List.of(dir.resolve("screen.hillfit")), files.projects());
    }

    @Test
    void aFolderOfFcsFilesIsOneInput(@TempDir Path dir) throws Exception {
        Path plate = Files.createDirectories(dir.resolve("plate-1"));
        Files.writeString(plate.resolve("A01.fcs"), "x");
        Files.writeString(plate.resolve("A02.fcs"), "x");

        DroppedFiles files = DroppedFiles.of(List.of(plate));

        assertEquals(List.of(plate), files.inputs());
    }

    @Test
    void aDroppedFolderBringsItsFolderOfFcsFiles(@TempDir Path dir) throws Exception {
        Path fcs = Files.createDirectories(dir.resolve("fcs"));
        Files.writeString(fcs.resolve("A01.fcs"), "x");
        Files.writeString(dir.resolve("layout.csv"), "x");

        DroppedFiles files = DroppedFiles.of(List.of(dir));

        assertEquals(List.of(fcs), files.inputs());
        assertEquals(dir.resolve("layout.csv"), files.layout().orElseThrow());
    }
}
