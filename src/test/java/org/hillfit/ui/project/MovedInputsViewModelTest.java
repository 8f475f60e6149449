/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.hillfit.project.OpenedProject;
import org.hillfit.project.ProjectStore;
import org.hillfit.ui.UiFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A project whose folder moved: its input is listed as moved, with the copy found, until it is relinked. */
class MovedInputsViewModelTest {
    @TempDir
    Path dir;

    private OpenedProject opened;
    private Path archive;

    @BeforeEach
    void moveAProjectWithItsExport() throws Exception {
        archive = UiFixtures.movedProject(dir);
        opened = new ProjectStore().open(archive.resolve("screen.hillfit"), UiFixtures.REVIEWER);
    }

    @Test
    void listsTheMovedInputWithTheCopyFound() {
        MovedInputsViewModel model = new MovedInputsViewModel(opened.inputs());

        assertEquals("1 input file is not where the project recorded it.", model.headline());
        MovedInputsViewModel.Row row = model.rows().get(0);
        assertEquals("TYK2.matrix.csv", row.name());
        Path found = row.found().orElseThrow();
        assertEquals(archive.resolve("TYK2.matrix.csv").normalize(), found.normalize());
        assertEquals(
                "moved: an identical copy is at " + found, row.stateProperty().get());
        assertFalse(row.isFolder());
    }

    @Test
    void aRelinkedInputSaysWhereItIsNow() throws Exception {
        MovedInputsViewModel model = new MovedInputsViewModel(opened.inputs());
        Path found = model.rows().get(0).found().orElseThrow();

        model.follow(opened.session().relinkInput(0, found));

        assertTrue(model.rows().get(0).relinkedProperty().get());
        assertEquals("relinked to " + found, model.rows().get(0).stateProperty().get());
    }
}
