/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.reference;

import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.hillfit.report.chart.ControlChartFigure;
import org.hillfit.result.ControlChart;
import org.hillfit.ui.results.PivotTable;
import org.hillfit.ui.session.Feedback;
import org.hillfit.ui.session.ReviewActions;
import org.hillfit.ui.session.SessionModel;
import org.jfree.chart.fx.ChartViewer;

/**
 * The Reference page: pick the assay, mark its reference compound, and see that compound's pIC50 on every plate as
 * a control chart (the report's {@link ControlChartFigure} in JFreeChart's FX viewer) above one row per run, with
 * the assay's MSR. Without a reference it says how to mark one.
 */
public final class ReferenceView {
    private final ReferenceViewModel viewModel;
    private final ReviewActions actions;
    private final Feedback feedback;
    private final ComboBox<String> assay = new ComboBox<>();
    private final ComboBox<String> compound = new ComboBox<>();
    private final ChartViewer chart = new ChartViewer(null, false);
    private final PivotTable table = new PivotTable("reference-runs", "No runs to show.");
    private final Label message = new Label();
    private final SplitPane content = new SplitPane();
    private final BorderPane root = new BorderPane();

    public ReferenceView(SessionModel model, ReviewActions actions, Feedback feedback) {
        this.viewModel = new ReferenceViewModel(model.sessionProperty());
        this.actions = actions;
        this.feedback = feedback;
        message.setId("reference-message");
        message.setWrapText(true);
        message.getStyleClass().add("reference-message");
        message.textProperty().bind(viewModel.messageProperty());
        Label summary = new Label();
        summary.setId("reference-summary");
        summary.getStyleClass().add("muted");
        summary.textProperty().bind(viewModel.summaryProperty());
        VBox header = new VBox(3, message, summary);
        header.setPadding(new Insets(8, 12, 6, 12));
        chart.setId("reference-chart");
        content.setOrientation(Orientation.VERTICAL);
        content.getItems().addAll(new StackPane(chart), table.node());
        content.setDividerPositions(0.62);
        root.setTop(new VBox(toolbar(), header));
        root.setCenter(content);
        root.getStyleClass().add("page");
        viewModel.chartProperty().addListener((o, a, c) -> showChart(c));
        viewModel.runsProperty().addListener((o, a, rows) -> table.show(rows));
        showChart(viewModel.chartProperty().get());
        table.show(viewModel.runsProperty().get());
    }

    /** The page's node. */
    public Node node() {
        return root;
    }

    /** The view model (for tests and the screenshot tour). */
    public ReferenceViewModel viewModel() {
        return viewModel;
    }

    private HBox toolbar() {
        assay.setId("reference-assay");
        follow(
                assay,
                viewModel.assaysProperty().get(),
                viewModel.assayProperty().get());
        viewModel
                .assaysProperty()
                .addListener((o, a, list) ->
                        follow(assay, list, viewModel.assayProperty().get()));
        viewModel.assayProperty().addListener((o, a, value) -> assay.setValue(value));
        assay.valueProperty().addListener((o, a, value) -> {
            if (value != null) {
                viewModel.assayProperty().set(value);
            }
        });
        compound.setId("reference-compound");
        compound.setTooltip(new Tooltip("A compound run on every plate of the assay as a control"));
        viewModel.compoundsProperty().addListener((o, a, list) -> follow(compound, list, chosenCompound()));
        viewModel
                .referenceProperty()
                .addListener((o, a, value) -> follow(compound, compound.getItems(), chosenCompound()));
        follow(compound, viewModel.compoundsProperty().get(), chosenCompound());
        Button mark = new Button("Mark as reference");
        mark.setId("mark-reference");
        mark.setTooltip(new Tooltip("Track this compound across the assay's plates (recorded in the audit trail)"));
        mark.setOnAction(e -> Optional.ofNullable(compound.getValue())
                .ifPresent(c -> actions.setReference(viewModel.assayProperty().get(), Optional.of(c))));
        Button clear = new Button("Clear");
        clear.setTooltip(new Tooltip("The assay has no reference compound any more"));
        clear.disableProperty().bind(viewModel.referenceProperty().isEmpty());
        clear.setOnAction(e -> actions.setReference(viewModel.assayProperty().get(), Optional.empty()));
        Label msr = new Label();
        msr.setId("reference-msr");
        msr.getStyleClass().add("msr-label");
        msr.textProperty().bind(viewModel.msrProperty());
        msr.setTooltip(new Tooltip("Minimum significant ratio, 10^(2·√2·SD): two IC50s of one compound in this assay"
                + " differ significantly only when their ratio exceeds it"));
        Button copy = new Button("Copy as text");
        copy.setOnAction(e -> copy());
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox bar = new HBox(
                8,
                new Label("Assay"),
                assay,
                new Label("Reference compound"),
                compound,
                mark,
                clear,
                spring,
                msr,
                copy);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8));
        bar.getStyleClass().add("page-toolbar");
        return bar;
    }

    /** The marked reference, else the compound chosen so far. */
    private String chosenCompound() {
        String marked = viewModel.referenceProperty().get();
        return marked.isEmpty() ? compound.getValue() == null ? "" : compound.getValue() : marked;
    }

    private static void follow(ComboBox<String> box, List<String> items, String selected) {
        if (!box.getItems().equals(items)) {
            box.setItems(FXCollections.observableArrayList(items));
        }
        box.setValue(items.contains(selected) ? selected : items.isEmpty() ? null : items.get(0));
    }

    private void showChart(Optional<ControlChart> shown) {
        shown.map(ControlChartFigure::create).ifPresent(chart::setChart); // the viewer takes no null chart
        boolean visible = shown.isPresent();
        content.setVisible(visible);
        content.setManaged(visible);
    }

    private void copy() {
        ClipboardContent text = new ClipboardContent();
        text.putString(viewModel.runsProperty().get().tsv());
        Clipboard.getSystemClipboard().setContent(text);
        feedback.status("Copied the reference runs as tab-separated text");
    }
}
