/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.hillfit.analysis.MaskReason;
import org.hillfit.plate.WellId;
import org.hillfit.project.AnalysisSession;
import org.hillfit.project.ProjectStore;
import org.hillfit.project.SessionHistory;
import org.hillfit.ui.UiFixtures;
import org.hillfit.ui.session.SessionModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A changed session is autosaved beside its project, offered for recovery, and removed when discarded. */
class AutosaverTest {
    private final ScheduledExecutorService io = Executors.newSingleThreadScheduledExecutor();
    private final ProjectStore store = new ProjectStore();

    @AfterEach
    void stop() throws InterruptedException {
        io.shutdown();
        io.awaitTermination(10, TimeUnit.SECONDS);
    }

    @Test
    void autosavesAnEditedUntitledSessionForRecovery(@TempDir Path home) throws Exception {
        Path untitled = home.resolve("hillfit").resolve("untitled.hillfit");
        SessionModel model = new SessionModel();
        Autosaver autosaver = new Autosaver(model, store, io, untitled, 0);
        AnalysisSession session = UiFixtures.session("TYK2");
        model.load(session, Optional.empty(), "test");
        model.apply(SessionHistory.of(session)
                .push(session.maskWells(
                        session.plates().get(0).key(), List.of(WellId.parse("C05")), MaskReason.USER, "bubble")));
        drain();

        assertTrue(Files.isRegularFile(ProjectStore.autosavePath(untitled)));
        assertTrue(store.recoverable(untitled).isPresent());
        AnalysisSession recovered = store.open(ProjectStore.autosavePath(untitled), UiFixtures.REVIEWER)
                .session();
        assertEquals(
                List.of(WellId.parse("C05")),
                List.copyOf(recovered.plates().get(0).masks().keySet()));

        autosaver.discard();
        drain();
        assertFalse(Files.exists(ProjectStore.autosavePath(untitled)));
    }

    @Test
    void anUnchangedSessionIsNotAutosaved(@TempDir Path home) throws Exception {
        Path untitled = home.resolve("untitled.hillfit");
        SessionModel model = new SessionModel();
        new Autosaver(model, store, io, untitled, 0);
        model.load(UiFixtures.session("TYK2"), Optional.empty(), "test");
        drain();

        assertFalse(Files.exists(ProjectStore.autosavePath(untitled)));
    }

    private void drain() throws Exception {
        io.schedule(() -> {}, 50, TimeUnit.MILLISECONDS).get(10, TimeUnit.SECONDS);
    }
}
