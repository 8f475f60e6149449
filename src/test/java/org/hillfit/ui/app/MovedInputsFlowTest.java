/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.hillfit.project.AnalysisSession;
import org.hillfit.result.AuditAction;
import org.hillfit.ui.UiFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A project opened after its folder moved lists the input; "Use the copy found" relinks it as an edit. */
@ExtendWith(ApplicationExtension.class)
class MovedInputsFlowTest {
    @TempDir
    static Path dir;

    private WorkbenchServices services;
    private Workbench workbench;

    @Start
    void start(Stage stage) {
        services = WorkbenchServices.create(dir.resolve("home"));
        workbench = Workbench.show(stage, services, new ScriptedDialogs(), List.of());
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> workbench.stage().close()).get(10, TimeUnit.SECONDS);
        services.shutdown();
    }

    @Test
    void relinksAMovedInputToTheCopyFound(FxRobot robot) throws Exception {
        Path archive = UiFixtures.movedProject(dir);
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

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
