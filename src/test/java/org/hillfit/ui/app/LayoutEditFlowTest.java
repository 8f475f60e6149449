/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.hillfit.plate.WellId;
import org.hillfit.plate.WellRole;
import org.hillfit.project.AnalysisSession;
import org.hillfit.project.CurveKey;
import org.hillfit.result.AuditAction;
import org.hillfit.result.AuditEntry;
import org.hillfit.result.CurveFit;
import org.hillfit.ui.plate.LayoutEditDialog;
import org.hillfit.ui.session.Page;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * A wrong tip on one plate, fixed on the Plates page: A03 of TYK2-P1 (HF-001 at 10 µM) becomes empty on that plate
 * only. TYK2's HF-001 loses the point, JAK1's identical HF-001 keeps it, the trail says so in words, and Ctrl+Z
 * brings the well back. The dialog is opened as the context menu's item does (Monocle cannot show context menus).
 */
class LayoutEditFlowTest extends WorkbenchTestBase {
    private static final WellId A03 = WellId.parse("A03");

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void aWellEmptiedOnOnePlateLeavesItsCurveAndTheOthersAlone(FxRobot robot) throws Exception {
        robot.clickOn("#start-open-sample");
        waitFor(() -> workbench.model().current().isPresent());
        AnalysisSession opened = workbench.model().current().orElseThrow();
        CurveKey tyk2 = new CurveKey(opened.plates().get(0).key(), "HF-001");
        CurveKey jak1 = new CurveKey(opened.plates().get(1).key(), "HF-001");
        int used = pointsUsed(tyk2);
        assertEquals(used, pointsUsed(jak1), "the same compound on the same layout");
        robot.interact(() -> workbench.show(Page.PLATES));

        AtomicReference<LayoutEditDialog> dialog = new AtomicReference<>();
        robot.interact(() ->
                dialog.set(workbench.plates().layoutEditor().edit(List.of(A03)).orElseThrow()));
        robot.interact(() -> dialog.get().viewModel().roleProperty().set(WellRole.EMPTY));
        robot.clickOn("#layout-why").write("wrong tip");
        robot.clickOn("#layout-only-this-plate");
        String scope = robot.lookup("#layout-scope").queryAs(Label.class).getText();
        robot.clickOn("#layout-apply");
        waitFor(() -> pointsUsed(tyk2) == used - 1);

        assertTrue(scope.startsWith("Applies to TYK2-P1 only: it gets its own copy of the layout"), scope);
        AnalysisSession edited = workbench.model().current().orElseThrow();
        assertSame(opened.plates().get(1), edited.plates().get(1), "JAK1-P1 untouched");
        assertEquals(used, pointsUsed(jak1));
        assertEquals(
                WellRole.EMPTY,
                workbench
                        .plates()
                        .viewModel()
                        .plateProperty()
                        .get()
                        .result()
                        .normalized()
                        .layout()
                        .content(A03)
                        .role(),
                "the overlay reads the edited layout");
        robot.interact(() -> workbench.show(Page.AUDIT));
        TableView<AuditEntry> audit = robot.lookup("#audit-table").queryTableView();
        AuditEntry last = audit.getItems().get(audit.getItems().size() - 1);
        assertEquals(AuditAction.LAYOUT, last.action());
        assertEquals("A03: sample HF-001 10 µM → empty (wrong tip)", last.detail());

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitFor(() -> pointsUsed(tyk2) == used);
        assertEquals(
                "layout",
                workbench.model().current().orElseThrow().plates().get(0).layoutName());
    }

    private int pointsUsed(CurveKey key) {
        CurveFit curve = workbench.model().current().orElseThrow().curve(key).orElseThrow();
        return curve.result().pointsUsed();
    }
}
