/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
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
    private EditorFixture editor;
    private AnalysisSession original;
    private PlateKey tyk2;

    @BeforeEach
    void openSession() throws Exception {
        original = UiFixtures.session("TYK2", "JAK1");
        tyk2 = original.plates().get(0).key();
        editor = new EditorFixture(original);
    }

    @AfterEach
    void stop() throws InterruptedException {
        editor.close();
    }

    @Test
    void onlyThisPlateCopiesTheLayoutAndEditsTheCopyInOneUndoStep() throws Exception {
        editor.actions.editLayout(tyk2, Map.of(A03, WellContent.of(WellRole.EMPTY)), true, "wrong tip");
        editor.awaitIdle();

        AnalysisSession edited = editor.model.current().orElseThrow();
        assertEquals("panel-layout.csv (TYK2-P1)", edited.plates().get(0).layoutName());
        assertSame(original.plates().get(1), edited.plates().get(1), "JAK1 untouched");
        assertTrue(
                editor.statuses.get(0).startsWith("A03: sample HF-001 10 µM → empty (wrong tip) — HF-001 TYK2: "),
                editor.statuses.get(0));
        SessionHistory undone = editor.model.history().orElseThrow().undo();
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

        editor.actions.editLayout(tyk2, noNeutral, false, "test");
        editor.awaitIdle();

        assertSame(original, editor.model.current().orElseThrow());
        assertEquals(1, editor.problems.size());
        assertTrue(editor.problems.get(0).contains("neutral"), editor.problems.get(0));
    }
}
