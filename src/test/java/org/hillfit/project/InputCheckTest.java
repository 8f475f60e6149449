/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hillfit.io.ImporterRegistry;
import org.hillfit.job.CancellationToken;
import org.hillfit.job.ProgressSink;
import org.hillfit.result.AuditAction;
import org.hillfit.result.InputSpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening a project checks its inputs on disk; a moved input can be relinked when its content is the same. */
class InputCheckTest {
    @TempDir
    Path dir;

    private final ProjectStore store = new ProjectStore();
    private Path input;
    private Path project;

    @BeforeEach
    void saveAProjectOverACopiedExport() throws Exception {
        Files.createDirectories(dir.resolve("day1"));
        input = Files.copy(SessionFixtures.SAMPLES.resolve("TYK2.matrix.csv"), dir.resolve("day1/TYK2.matrix.csv"));
        SessionRequest sample = SessionFixtures.request("TYK2");
        SessionRequest request = new SessionRequest(
                List.of(new InputSpec(input, "TYK2", ImporterRegistry.AUTO)),
                sample.layouts(),
                sample.layoutSource(),
                sample.settings());
        AnalysisSession session = AnalysisSession.create(
                new AnalysisPipeline(ImporterRegistry.builtIn()),
                request,
                SessionFixtures.ALICE,
                ProgressSink.NONE,
                CancellationToken.none());
        project = dir.resolve("day1/screen.hillfit");
        store.save(session, project);
    }

    @Test
    void anUntouchedInputIsUnchanged() throws Exception {
        assertEquals(
                InputCheck.Status.UNCHANGED,
                store.open(project, SessionFixtures.ALICE).inputs().get(0).status());
    }

    @Test
    void anEditedInputIsReportedChanged() throws Exception {
        Files.writeString(input, "\n", java.nio.file.StandardOpenOption.APPEND);
        InputCheck check = store.open(project, SessionFixtures.ALICE).inputs().get(0);
        assertEquals(InputCheck.Status.CHANGED, check.status());
        assertTrue(check.message().contains("SHA-256 differs"), check.message());
    }

    @Test
    void aFolderMovedWithItsProjectIsFoundAndCanBeRelinked() throws Exception {
        Path moved = Files.move(dir.resolve("day1"), dir.resolve("archive"));
        OpenedProject opened = store.open(moved.resolve("screen.hillfit"), SessionFixtures.ALICE);
        InputCheck check = opened.inputs().get(0);
        assertEquals(InputCheck.Status.MOVED, check.status());
        Path foundAt = check.foundAt().orElseThrow();
        assertEquals(moved.resolve("TYK2.matrix.csv").toAbsolutePath().normalize(), foundAt.normalize());

        AnalysisSession relinked = opened.session().relinkInput(0, foundAt);
        assertEquals(foundAt, relinked.inputs().get(0).record().path());
        assertEquals(
                AuditAction.RELINK,
                relinked.audit().get(relinked.audit().size() - 1).action());
    }

    @Test
    void aFolderWhereTheFileWasIsChangedWithoutBeingRead() throws Exception {
        Files.delete(input);
        Files.createDirectories(input);
        Files.writeString(input.resolve("other.csv"), "x");
        assertEquals(
                InputCheck.Status.CHANGED,
                store.open(project, SessionFixtures.ALICE).inputs().get(0).status());
    }

    @Test
    void relinkingToADifferentFileIsRefused() throws Exception {
        AnalysisSession session = store.open(project, SessionFixtures.ALICE).session();
        Path other = SessionFixtures.SAMPLES.resolve("JAK1.matrix.csv");
        AnalysisException e = assertThrows(AnalysisException.class, () -> session.relinkInput(0, other));
        assertTrue(e.getMessage().contains("content differs"), e.getMessage());
    }
}
