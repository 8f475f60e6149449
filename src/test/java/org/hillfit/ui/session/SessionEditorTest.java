/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.hillfit.plate.WellId;
import org.hillfit.project.AnalysisSession;
import org.hillfit.project.CurveKey;
import org.hillfit.project.PlateKey;
import org.hillfit.ui.UiFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Edits run off the calling thread, quick successive edits are all kept (each its own undo step), and an edit the
 * core refuses is reported without losing the ones before. No JavaFX toolkit: results are delivered in place.
 */
class SessionEditorTest {
    private EditorFixture editor;
    private List<String> statuses;
    private List<String> problems;
    private SessionModel model;
    private ReviewActions actions;
    private AnalysisSession original;

    @BeforeEach
    void openSession() throws Exception {
        original = UiFixtures.session("TYK2");
        editor = new EditorFixture(original);
        statuses = editor.statuses;
        problems = editor.problems;
        model = editor.model;
        actions = editor.actions;
    }

    @AfterEach
    void stop() throws InterruptedException {
        editor.close();
    }

    @Test
    void keepsEveryEditOfAQuickSeriesAsItsOwnUndoStep() throws Exception {
        PlateKey plate = original.plates().get(0).key();
        actions.toggleMask(plate, WellId.parse("A03"));
        actions.toggleMask(plate, WellId.parse("B03"));
        editor.awaitIdle();

        AnalysisSession edited = model.current().orElseThrow();
        assertEquals(
                List.of(WellId.parse("A03"), WellId.parse("B03")),
                List.copyOf(edited.plates().get(0).masks().keySet()));
        assertTrue(model.dirtyProperty().get());
        assertTrue(model.history().orElseThrow().undo().canUndo(), "two edits, two undo steps");
    }

    @Test
    void aSecondClickOnAMaskedWellUnmasksIt() throws Exception {
        PlateKey plate = original.plates().get(0).key();
        actions.toggleMask(plate, WellId.parse("C05"));
        actions.toggleMask(plate, WellId.parse("C05"));
        editor.awaitIdle();

        assertTrue(model.current().orElseThrow().plates().get(0).masks().isEmpty());
    }

    @Test
    void maskingChangesTheIc50AndUndoRestoresIt() throws Exception {
        CurveKey curve = new CurveKey(original.plates().get(0).key(), "HF-001");
        double before = original.curve(curve).orElseThrow().result().reportedLogIc50();
        WellId point =
                original.curve(curve).orElseThrow().series().points().get(6).well();
        actions.toggleMask(curve.plate(), point);
        editor.awaitIdle();
        double masked = model.current()
                .orElseThrow()
                .curve(curve)
                .orElseThrow()
                .result()
                .reportedLogIc50();
        actions.undo();
        editor.awaitIdle();

        double undone = model.current()
                .orElseThrow()
                .curve(curve)
                .orElseThrow()
                .result()
                .reportedLogIc50();
        assertNotEquals(before, masked);
        assertEquals(before, undone);
        assertTrue(statuses.get(0).startsWith("Masked " + point), statuses.get(0));
    }

    @Test
    void aRefusedEditIsReportedAndTheEarlierOnesAreKept() throws Exception {
        PlateKey plate = original.plates().get(0).key();
        actions.toggleMask(plate, WellId.parse("D07"));
        actions.reject(new CurveKey(plate, "NOT-A-COMPOUND"), "typo");
        editor.awaitIdle();

        assertEquals(1, problems.size(), String.valueOf(statuses));
        assertTrue(problems.get(0).contains("NOT-A-COMPOUND"), problems.get(0));
        assertEquals(
                List.of(WellId.parse("D07")),
                List.copyOf(
                        model.current().orElseThrow().plates().get(0).masks().keySet()));
    }
}
