/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.results;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.hillfit.ui.session.Feedback;
import org.hillfit.ui.session.SessionModel;

/**
 * The replicates: one row per assay and compound on several plates with the geometric mean IC50, SD, n, how the
 * values were combined, outlier runs and curves not counted; below, the runs of the compound selected. Copyable as
 * tab-separated text.
 */
public final class ReplicatesView {
    private final ReplicatesViewModel viewModel;
    private final Feedback feedback;
    private final PivotTable summaries = new PivotTable(
            "replicates-table",
            "Each compound is on one plate of its assay. Open several plates or runs of an assay to see replicate"
                    + " means here.");
    private final PivotTable runs = new PivotTable("replicate-runs", "Select a compound above to list its runs.");
    private final BorderPane root = new BorderPane();

    public ReplicatesView(SessionModel model, Feedback feedback) {
        this.viewModel = new ReplicatesViewModel(model.sessionProperty());
        this.feedback = feedback;
        viewModel.summariesProperty().addListener((o, a, rows) -> summaries.show(rows));
        viewModel.runsProperty().addListener((o, a, rows) -> runs.show(rows));
        summaries.show(viewModel.summariesProperty().get());
        runs.show(viewModel.runsProperty().get());
        summaries.node().getSelectionModel().selectedItemProperty().addListener((o, a, row) -> showRuns(row));
        SplitPane split = new SplitPane(summaries.node(), runs.node());
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.62);
        root.setTop(toolbar());
        root.setCenter(split);
        root.getStyleClass().add("page");
    }

    /** The page's node. */
    public Node node() {
        return root;
    }

    /** The view model (for tests and the screenshot tour). */
    public ReplicatesViewModel viewModel() {
        return viewModel;
    }

    /** Selects a summary row by assay and compound (shows its runs), when listed. */
    public void select(String assay, String compound) {
        summaries.node().getItems().stream()
                .filter(r -> r.get(0).text().equals(assay) && r.get(1).text().equals(compound))
                .findFirst()
                .ifPresent(r -> summaries.node().getSelectionModel().select(r));
    }

    private void showRuns(List<PivotCell> row) {
        if (row != null) {
            viewModel.select(row.get(0).text(), row.get(1).text());
        }
    }

    private HBox toolbar() {
        Label legend = new Label("Geometric mean IC50 (mean pIC50) over the plates where a curve counts; < and >"
                + " values by the bounded rule; runs > 3.2-fold from the others' mean are outliers");
        legend.getStyleClass().add("muted");
        legend.setWrapText(true);
        Button copy = new Button("Copy as text");
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(viewModel.summariesProperty().get().tsv());
            Clipboard.getSystemClipboard().setContent(content);
            feedback.status("Copied the replicate means as tab-separated text");
        });
        copy.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(legend, Priority.ALWAYS);
        HBox bar = new HBox(8, legend, copy);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8));
        bar.getStyleClass().add("page-toolbar");
        return bar;
    }
}
