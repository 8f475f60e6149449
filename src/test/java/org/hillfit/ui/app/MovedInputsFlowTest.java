/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import javafx.stage.Stage;
import org.hillfit.project.AnalysisSession;
import org.hillfit.result.AuditAction;
import org.hillfit.ui.UiFixtures;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** A project opened after its folder moved lists the input; "Use the copy found" relinks it as an edit. */
class MovedInputsFlowTest extends WorkbenchTestBase {
    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void relinksAMovedInputToTheCopyFound(FxRobot robot) throws Exception {
        Path archive = UiFixtures.movedProject(home);
        Path project = archive.resolve("screen.hillfit");

        robot.interact(() -> workbench.open(List.of(project)));
        waitFor(() -> robot.lookup("Use the copy found").tryQuery().isPresent());
        robot.clickOn("Use the copy found");
        waitFor(() -> workbench.model().current().orElseThrow().audit().size() == 2);
        robot.clickOn("#keep-embedded");

        AnalysisSession session = workbench.model().current().orElseThrow();
        assertEquals(
                archive.resolve("TYK2.matrix.csv").normalize(),
                session.inputs().get(0).record().path().normalize());
        assertEquals(AuditAction.RELINK, session.audit().get(1).action());
        assertEquals(1, robot.listWindows().stream().filter(w -> w.isShowing()).count());
    }
}
