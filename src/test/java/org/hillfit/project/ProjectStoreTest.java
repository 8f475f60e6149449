/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.project;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.hillfit.analysis.MaskReason;
import org.hillfit.plate.WellId;
import org.hillfit.report.QcCsvWriter;
import org.hillfit.report.ResultsCsvWriter;
import org.hillfit.result.ReviewVerdict;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectStoreTest {
    private static AnalysisSession edited;

    @TempDir
    Path dir;

    private final ProjectStore store = new ProjectStore();

    @BeforeAll
    static void analyse() throws Exception {
        AnalysisSession session = SessionFixtures.session("TYK2", "JAK1");
        PlateKey tyk2 = session.plates().get(0).key();
        PlateKey jak1 = session.plates().get(1).key();
        edited = session.maskWells(tyk2, List.of(WellId.parse("A11")), MaskReason.USER, "bubble")
                .maskWells(jak1, List.of(WellId.parse("B01")), MaskReason.OUTLIER, "edge evaporation")
                .decide(new CurveKey(jak1, "HF-002"), ReviewVerdict.REJECTED, "precipitate")
                .decide(new CurveKey(tyk2, "HF-003"), ReviewVerdict.ACCEPTED, "shallow but real")
                .addNote("TYK2 / TYK2-P1", "plate read twice")
                .withReference("TYK2", Optional.of("HF-001"))
                .withLayout(
                        new SessionLayout(
                                "day2",
                                "day2.csv",
                                session.layouts().get("layout").layout()),
                        List.of(jak1),
                        "second plate map");
    }

    @Test
    void aSavedProjectReopensWithByteIdenticalResults() throws Exception {
        Path project = dir.resolve("screen.hillfit");
        store.save(edited, project);
        OpenedProject opened = store.open(project, SessionFixtures.ALICE);

        ResultsCsvWriter.write(edited.result(), dir.resolve("before.csv"));
        ResultsCsvWriter.write(opened.session().result(), dir.resolve("after.csv"));
        assertArrayEquals(Files.readAllBytes(dir.resolve("before.csv")), Files.readAllBytes(dir.resolve("after.csv")));
        QcCsvWriter.write(edited.result(), dir.resolve("qc-before.csv"));
        QcCsvWriter.write(opened.session().result(), dir.resolve("qc-after.csv"));
        assertArrayEquals(
                Files.readAllBytes(dir.resolve("qc-before.csv")), Files.readAllBytes(dir.resolve("qc-after.csv")));
    }

    @Test
    void aSavedProjectKeepsTheReviewAndTheTrail() throws Exception {
        Path project = dir.resolve("screen.hillfit");
        store.save(edited, project);
        AnalysisSession reopened = store.open(project, SessionFixtures.ALICE).session();

        assertEquals(edited.audit(), reopened.audit());
        assertEquals(edited.notes(), reopened.notes());
        assertEquals(edited.references(), reopened.references());
        assertEquals(edited.settings(), reopened.settings());
        assertEquals(edited.layouts(), reopened.layouts());
        assertEquals(edited.result().inputs(), reopened.result().inputs());
        for (int i = 0; i < edited.plates().size(); i++) {
            assertEquals(
                    edited.plates().get(i).masks(), reopened.plates().get(i).masks());
            assertEquals(
                    edited.plates().get(i).decisions(), reopened.plates().get(i).decisions());
            assertEquals(
                    edited.plates().get(i).plate(), reopened.plates().get(i).plate());
        }
    }

    @Test
    void savingIsDeterministic() throws Exception {
        Path project = dir.resolve("screen.hillfit");
        store.save(edited, project);
        AnalysisSession reopened = store.open(project, SessionFixtures.ALICE).session();
        assertEquals(store.text(edited, project), store.text(reopened, project));
        assertTrue(Files.readString(project).contains("\"schemaVersion\" : " + ProjectDocument.SCHEMA_VERSION));
    }

    @Test
    void anAutosaveNewerThanTheProjectIsOfferedForRecovery() throws Exception {
        Path project = dir.resolve("screen.hillfit");
        AnalysisSession session = SessionFixtures.session("TYK2");
        store.save(session, project);
        AnalysisSession later = session.addNote("project", "unsaved work");
        store.autosave(later, project);
        Path autosave = ProjectStore.autosavePath(project);
        Files.setLastModifiedTime(project, java.nio.file.attribute.FileTime.fromMillis(1_000_000));
        Files.setLastModifiedTime(autosave, java.nio.file.attribute.FileTime.fromMillis(2_000_000));

        Recovery recovery = store.recoverable(project).orElseThrow();
        assertEquals(autosave, recovery.autosave());
        assertEquals(".screen.hillfit.autosave", autosave.getFileName().toString());
        AnalysisSession recovered =
                store.open(recovery.autosave(), SessionFixtures.ALICE).session();
        assertEquals(later.notes(), recovered.notes());
        assertEquals(later.audit(), recovered.audit());
    }

    @Test
    void anAutosaveOlderThanTheProjectIsNotOffered() throws Exception {
        Path project = dir.resolve("screen.hillfit");
        AnalysisSession session = SessionFixtures.session("TYK2");
        store.autosave(session, project);
        store.save(session, project);
        assertFalse(Files.exists(ProjectStore.autosavePath(project)), "saving removes the autosave");
        store.autosave(session, project);
        Files.setLastModifiedTime(project, java.nio.file.attribute.FileTime.fromMillis(2_000_000));
        Files.setLastModifiedTime(
                ProjectStore.autosavePath(project), java.nio.file.attribute.FileTime.fromMillis(1_000_000));
        assertEquals(Optional.empty(), store.recoverable(project));
    }

    @Test
    void anAutosaveOfANeverSavedProjectIsOffered() throws Exception {
        Path project = dir.resolve("untitled.hillfit");
        store.autosave(SessionFixtures.session("TYK2"), project);
        assertEquals(Optional.empty(), store.recoverable(project).orElseThrow().projectSavedAt());
    }
}
