/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.hillfit.project.Note;
import org.hillfit.result.AuditAction;
import org.hillfit.result.AuditEntry;
import org.hillfit.ui.session.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** N on the Curves page writes a note on the curve: shown in the detail pane and listed in the audit trail. */
@ExtendWith(ApplicationExtension.class)
class NotesFlowTest {
    @TempDir
    static Path home;

    private WorkbenchServices services;
    private Workbench workbench;

    @Start
    void start(Stage stage) {
        services = WorkbenchServices.create(home.resolve("hillfit"));
        workbench = Workbench.show(stage, services, new ScriptedDialogs(), List.of());
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> workbench.stage().close()).get(10, TimeUnit.SECONDS);
        services.shutdown();
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

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
