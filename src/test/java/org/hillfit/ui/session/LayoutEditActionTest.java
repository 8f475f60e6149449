/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.hillfit.plate.WellContent;
import org.hillfit.plate.WellId;
import org.hillfit.plate.WellRole;
import org.hillfit.project.AnalysisSession;
import org.hillfit.project.PlateKey;
import org.hillfit.project.SessionHistory;
import org.hillfit.ui.UiFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Layout edits from the Plates page: one undo step, kept to one plate on request, refused without a trace. */
class LayoutEditActionTest {
    private static final WellId A03 = WellId.parse("A03");
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
    private final List<String> problems = new ArrayList<>();
    private final List<String> statuses = new ArrayList<>();
    private SessionModel model;
    private ReviewActions actions;
    private AnalysisSession original;
    private PlateKey tyk2;

    @BeforeEach
    void openSession() throws Exception {
        original = UiFixtures.session("TYK2", "JAK1");
        tyk2 = original.plates().get(0).key();
        model = new SessionModel();
        model.load(original, Optional.empty(), "test");
        Feedback feedback = new Feedback() {
            @Override
            public void status(String message) {
                statuses.add(message);
            }

            @Override
            public void problem(String title, String message) {
                problems.add(title + ": " + message);
            }
        };
        actions = new ReviewActions(model, new SessionEditor(model, executor, Runnable::run, feedback), feedback);
    }

    @AfterEach
    void stop() throws InterruptedException {
        executor.shutdown();
        executor.awaitTermination(5, TimeUnit.SECONDS);
    }

    @Test
    void onlyThisPlateCopiesTheLayoutAndEditsTheCopyInOneUndoStep() throws Exception {
        actions.editLayout(tyk2, Map.of(A03, WellContent.of(WellRole.EMPTY)), true, "wrong tip");
        awaitIdle();

        AnalysisSession edited = model.current().orElseThrow();
        assertEquals("panel-layout.csv (TYK2-P1)", edited.plates().get(0).layoutName());
        assertSame(original.plates().get(1), edited.plates().get(1), "JAK1 untouched");
        assertTrue(
                statuses.get(0).startsWith("A03: sample HF-001 10 µM → empty (wrong tip) — HF-001 TYK2: "),
                statuses.get(0));
        SessionHistory undone = model.history().orElseThrow().undo();
        assertEquals("layout", undone.present().plates().get(0).layoutName());
        assertFalse(undone.canUndo(), "the copy and the edit are one step");
    }

    @Test
    void anEditThatLeavesNoNeutralControlIsRefusedAndNothingChanges() throws Exception {
        Map<WellId, WellContent> noNeutral = new LinkedHashMap<>();
        original.layouts().get("layout").layout().wells().forEach((well, content) -> {
            if (content.role() == WellRole.NEUTRAL) {
                noNeutral.put(well, WellContent.of(WellRole.EMPTY));
            }
        });

        actions.editLayout(tyk2, noNeutral, false, "test");
        awaitIdle();

        assertSame(original, model.current().orElseThrow());
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).startsWith("The change was not made: "), problems.get(0));
        assertTrue(problems.get(0).contains("neutral"), problems.get(0));
    }

    /** Waits until the single worker has run everything queued so far. */
    private void awaitIdle() throws Exception {
        executor.submit(() -> {}).get(10, TimeUnit.SECONDS);
    }
}
