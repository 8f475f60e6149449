/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.hillfit.project.AnalysisSession;
import org.hillfit.result.AuditAction;
import org.hillfit.result.AuditEntry;
import org.hillfit.ui.UiFixtures;
import org.hillfit.ui.session.Page;
import org.jfree.chart.fx.ChartViewer;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Six TYK2 runs open; marking HF-003 as the reference (on the Reference page, or from the Results table's context
 * menu) fills the control chart, the runs table and the MSR, names run 5 as outside its limits, and is audited.
 */
class ReferenceFlowTest extends WorkbenchTestBase {
    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void markingAReferenceOnItsPageDrawsTheControlChart(FxRobot robot) throws Exception {
        open(robot);
        robot.interact(() -> workbench.show(Page.REFERENCE));
        assertTrue(text(robot, "#reference-message").startsWith("No reference compound is marked for TYK2."));

        ComboBox<String> compound = robot.lookup("#reference-compound").queryComboBox();
        robot.interact(() -> compound.setValue("HF-003"));
        robot.clickOn("#mark-reference");
        waitFor(() -> !workbench.model().current().orElseThrow().references().isEmpty());

        assertChartShown(robot);
        List<AuditEntry> trail = workbench.model().current().orElseThrow().audit();
        assertEquals(AuditAction.REFERENCE, trail.get(trail.size() - 1).action());
        assertEquals(
                "reference compound of TYK2 is HF-003",
                trail.get(trail.size() - 1).detail());
    }

    @Test
    void theResultsTableMarksTheReferenceOfARow(FxRobot robot) throws Exception {
        open(robot);
        robot.interact(() -> workbench.show(Page.RESULTS));
        Node cell = robot.lookup("#results-table .table-cell")
                .match(n -> n instanceof javafx.scene.control.TableCell<?, ?> c && "HF-003".equals(c.getText()))
                .query();

        MenuItem mark =
                ((TableRow<?>) cell.getParent()).getContextMenu().getItems().get(0);
        assertEquals("Mark HF-003 as the reference compound of TYK2", mark.getText());
        robot.interact(mark::fire); // Monocle opens no context menus on a right click
        waitFor(() -> !workbench.model().current().orElseThrow().references().isEmpty());

        assertEquals(
                "HF-003", workbench.reference().viewModel().referenceProperty().get());
        assertChartShown(robot);
    }

    private void open(FxRobot robot) throws Exception {
        AnalysisSession runs = UiFixtures.runs();
        robot.interact(() -> workbench.model().load(runs, Optional.empty(), "TYK2 runs"));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void assertChartShown(FxRobot robot) throws Exception {
        waitFor(() ->
                robot.lookup("#reference-chart").queryAs(ChartViewer.class).getChart() != null);
        ChartViewer chart = robot.lookup("#reference-chart").queryAs(ChartViewer.class);
        assertNotNull(chart.getChart().getTitle());
        assertEquals("TYK2 · reference HF-003", chart.getChart().getTitle().getText());
        TableView<?> runs = robot.lookup("#reference-runs").queryTableView();
        assertEquals(6, runs.getItems().size());
        assertTrue(text(robot, "#reference-msr").startsWith("MSR "));
        assertTrue(text(robot, "#reference-message").startsWith("1 run lies outside its limits: TYK2-R5"));
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }
}
