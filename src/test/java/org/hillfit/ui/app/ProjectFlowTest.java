/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.hillfit.plate.WellId;
import org.hillfit.ui.session.CurveItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A reviewed session saved with Ctrl+S, closed, and opened again from the start screen keeps its masks. */
@ExtendWith(ApplicationExtension.class)
class ProjectFlowTest {
    @TempDir
    static Path folder;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private WorkbenchServices services;
    private Workbench workbench;

    @Start
    void start(Stage stage) {
        services = WorkbenchServices.create(folder.resolve("home"));
        workbench = Workbench.show(stage, services, dialogs, List.of());
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> workbench.stage().close()).get(10, TimeUnit.SECONDS);
        services.shutdown();
    }

    @Test
    void savesTheReviewAndOpensItAgain(FxRobot robot) throws Exception {
        Path project = folder.resolve("review.hillfit");
        dialogs.saveAs = Optional.of(project);
        dialogs.files = List.of(project);
        robot.clickOn("#start-open-sample");
        waitFor(() -> workbench.model().current().isPresent());
        CurveItem first = workbench.model().curvesProperty().get().get(0);
        robot.interact(() -> workbench.actions().toggleMask(first.key().plate(), WellId.parse("A05")));
        waitFor(() -> workbench.model().dirtyProperty().get());

        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        waitFor(() -> Files.isRegularFile(project)
                && !workbench.model().dirtyProperty().get());
        robot.press(KeyCode.CONTROL).type(KeyCode.W).release(KeyCode.CONTROL);
        waitFor(() -> workbench.model().current().isEmpty());
        robot.clickOn("review.hillfit");
        waitFor(() -> workbench.model().current().isPresent());

        assertEquals(project, workbench.model().projectFileProperty().get());
        assertEquals(
                List.of(WellId.parse("A05")),
                List.copyOf(workbench
                        .model()
                        .current()
                        .orElseThrow()
                        .plates()
                        .get(0)
                        .masks()
                        .keySet()));
        assertFalse(workbench.model().dirtyProperty().get());
        assertEquals("Hillfit — review.hillfit", workbench.stage().getTitle());
    }

    @Test
    void reopensARecentProjectFromTheFileMenu(FxRobot robot) throws Exception {
        Path project = folder.resolve("recent.hillfit");
        dialogs.saveAs = Optional.of(project);
        robot.clickOn("#start-open-sample");
        waitFor(() -> workbench.model().current().isPresent());
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        waitFor(() -> Files.isRegularFile(project)
                && !workbench.model().dirtyProperty().get());
        robot.press(KeyCode.CONTROL).type(KeyCode.W).release(KeyCode.CONTROL);
        waitFor(() -> workbench.model().current().isEmpty());

        robot.clickOn("File").clickOn("Open recent").clickOn("1  recent.hillfit — " + folder.toAbsolutePath());
        waitFor(() -> workbench.model().current().isPresent());

        assertEquals(
                project.toAbsolutePath(),
                workbench.model().projectFileProperty().get().toAbsolutePath());
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
