/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** File ▸ Open recent lists the projects most recent first, numbered, file name before folder. */
class RecentProjectsMenuTest {

    @Test
    void numbersTheProjectsAndNamesTheirFolders() {
        String first = Path.of("screens", "2026-11", "review.hillfit").toString();
        String second = Path.of("screens", "2026-10", "review.hillfit").toString();

        List<RecentProjectsMenu.Entry> entries = RecentProjectsMenu.entries(List.of(first, second));

        assertEquals(
                List.of(
                        "1  review.hillfit — " + Path.of("screens", "2026-11"),
                        "2  review.hillfit — " + Path.of("screens", "2026-10")),
                entries.stream().map(RecentProjectsMenu.Entry::label).toList());
        assertEquals(Path.of(first), entries.get(0).path());
    }

    @Test
    void aProjectWithoutFolderIsNamedAlone() {
        assertEquals(
                "1  loose.hillfit",
                RecentProjectsMenu.entries(List.of("loose.hillfit")).get(0).label());
    }
}
