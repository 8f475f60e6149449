/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import org.hillfit.analysis.MaskReason;
import org.hillfit.plate.WellId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The saved audit trail is hash-chained: an entry edited or removed by hand is detected on open. */
class AuditSealTest {
    private static AnalysisSession session;

    @TempDir
    Path dir;

    private final ProjectStore store = new ProjectStore();

    @BeforeAll
    static void edit() throws Exception {
        AnalysisSession s = SessionFixtures.session("TYK2");
        PlateKey plate = s.plates().get(0).key();
        session = s.maskWells(plate, List.of(WellId.parse("A11")), MaskReason.USER, "bubble")
                .addNote("project", "lamp replaced");
    }

    @Test
    void aSavedTrailIsIntact() throws Exception {
        OpenedProject opened = store.open(save(), SessionFixtures.ALICE);
        assertEquals(AuditSeal.INTACT, opened.auditSeal());
        assertEquals(java.util.Optional.empty(), opened.auditWarning());
    }

    @Test
    void anEntryEditedByHandBreaksTheChainFromThere() throws Exception {
        Path project = save();
        Files.writeString(
                project, Files.readString(project).replace("masked A11 (user: bubble)", "masked A11 (user: ok)"));
        OpenedProject opened = store.open(project, SessionFixtures.ALICE);
        assertEquals(AuditSeal.BROKEN, opened.auditSeal());
        assertEquals(OptionalInt.of(1), opened.auditBrokenAt());
        assertTrue(opened.auditWarning().orElseThrow().contains("from entry 2 on"));
        assertEquals("masked A11 (user: ok)", opened.session().audit().get(1).detail(), "shown as found");
    }

    @Test
    void anEntryRemovedByHandBreaksTheChain() throws Exception {
        Path project = save();
        String text = Files.readString(project);
        int mask = text.indexOf("\"action\" : \"mask\"");
        int start = text.lastIndexOf("}, {", mask);
        int end = text.indexOf("}, {", mask);
        Files.writeString(project, text.substring(0, start) + text.substring(end));
        OpenedProject opened = store.open(project, SessionFixtures.ALICE);
        assertEquals(2, opened.session().audit().size());
        assertEquals(AuditSeal.BROKEN, opened.auditSeal());
    }

    private Path save() throws Exception {
        Path project = dir.resolve("screen.hillfit");
        store.save(session, project);
        return project;
    }
}
