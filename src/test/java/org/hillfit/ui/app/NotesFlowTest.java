/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.hillfit.project.Note;
import org.hillfit.result.AuditAction;
import org.hillfit.result.AuditEntry;
import org.hillfit.ui.session.Page;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** N on the Curves page writes a note on the curve: shown in the detail pane and listed in the audit trail. */
class NotesFlowTest extends WorkbenchTestBase {
    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void aNoteOnACurveIsShownAndAudited(FxRobot robot) throws Exception {
        robot.clickOn("#start-open-sample");
        waitFor(() -> workbench.model().selectedItem().isPresent());

        robot.type(KeyCode.N);
        waitFor(() -> robot.lookup("#note-text").tryQuery().isPresent());
        robot.clickOn("#note-text").write("precipitate at 10 uM");
        robot.clickOn("OK");
        waitFor(() -> !workbench.model().current().orElseThrow().notes().isEmpty());

        Note note = workbench.model().current().orElseThrow().notes().get(0);
        assertEquals("TYK2 / TYK2-P1 / HF-001", note.target());
        assertTrue(robot.lookup(".note-line").queryAs(Label.class).getText().startsWith("precipitate at 10 uM — "));
        robot.interact(() -> workbench.show(Page.AUDIT));
        TableView<AuditEntry> audit = robot.lookup("#audit-table").queryTableView();
        AuditEntry last = audit.getItems().get(audit.getItems().size() - 1);
        assertEquals(AuditAction.NOTE, last.action());
        assertEquals("precipitate at 10 uM", last.detail());
    }
}
