/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
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

/**
 * The review flow as a user drives it: the sample panel one click from the start screen, its 64 curves, a point
 * clicked on the chart is masked and the IC50 moves, Ctrl+Z brings it back; and the Excel report is exported.
 */
@ExtendWith(ApplicationExtension.class)
class WorkbenchReviewTest {
    @TempDir
    static Path home;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private WorkbenchServices services;
    private Workbench workbench;

    @Start
    void start(Stage stage) {
        services = WorkbenchServices.create(home.resolve("hillfit-" + System.nanoTime()));
        workbench = Workbench.show(stage, services, dialogs, List.of());
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> workbench.stage().close()).get(10, TimeUnit.SECONDS);
        services.shutdown();
    }

    @Test
    void masksAPointOfTheSampleAndUndoesIt(FxRobot robot) throws Exception {
        robot.clickOn("#start-open-sample");
        waitFor(() -> workbench.model().curvesProperty().get().size() == 64);
        assertEquals(
                "64 of 64 curves",
                robot.lookup("#gallery-count").queryAs(Label.class).getText());
        CurveItem hf001 = curve("TYK2", "HF-001");
        robot.interact(() -> workbench.model().selectedCurveProperty().set(hf001.key()));
        waitFor(() -> "1.95 nM".equals(ic50(robot)));
        WellId point = hf001.curve().series().points().get(7).well();

        Point2D onScreen = WaitForAsyncUtils.asyncFx(() -> pointOf(point)).get();
        robot.moveTo(onScreen).clickOn(onScreen);
        waitFor(() -> !"1.95 nM".equals(ic50(robot)));
        String masked = ic50(robot);
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitFor(() -> "1.95 nM".equals(ic50(robot)));

        assertNotEquals("1.95 nM", masked);
        assertTrue(workbench
                .model()
                .current()
                .orElseThrow()
                .plates()
                .get(0)
                .masks()
                .isEmpty());
        assertEquals(3, workbench.model().current().orElseThrow().audit().size(), "create, mask, undo");
    }

    @Test
    void reviewsWithTheKeyboard(FxRobot robot) throws Exception {
        robot.clickOn("#start-open-sample");
        waitFor(() -> workbench.model().selectedItem().isPresent());

        robot.type(KeyCode.J, KeyCode.J);
        waitFor(() -> selectedCompound().equals("HF-003"));
        robot.type(KeyCode.A);
        waitFor(() -> curve("TYK2", "HF-003").curve().decision().isPresent());
        waitFor(() -> selectedCompound().equals("HF-004"));
        robot.type(KeyCode.K, KeyCode.K);
        waitFor(() -> selectedCompound().equals("HF-002"));

        assertEquals(
                "accepted",
                curve("TYK2", "HF-003")
                        .curve()
                        .decision()
                        .orElseThrow()
                        .verdict()
                        .slug());
    }

    private String selectedCompound() {
        return workbench.model().selectedItem().orElseThrow().curve().compound();
    }

    @Test
    void exportsTheExcelReport(FxRobot robot) throws Exception {
        Path report = home.resolve("panel-report.xlsx");
        dialogs.saveAs = java.util.Optional.of(report);
        robot.clickOn("#start-open-sample");
        waitFor(() -> workbench.model().current().isPresent());

        robot.clickOn("#tool-export-excel");
        waitFor(() -> Files.isRegularFile(report));

        assertTrue(Files.size(report) > 10_000, "a workbook with sheets and pictures");
        assertTrue(dialogs.asked.get(0).startsWith("Save the Excel report"), dialogs.asked.toString());
    }

    /** The IC50 the detail pane shows (its labels are rebuilt when the curve changes). */
    private static String ic50(FxRobot robot) {
        return robot.lookup("#detail-ic50").queryAs(Label.class).getText();
    }

    private Point2D pointOf(WellId well) {
        return workbench.curves().pointOnScreen(well).orElseThrow();
    }

    private CurveItem curve(String assay, String compound) {
        return workbench.model().curvesProperty().get().stream()
                .filter(c ->
                        c.curve().assay().equals(assay) && c.curve().compound().equals(compound))
                .findFirst()
                .orElseThrow();
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
