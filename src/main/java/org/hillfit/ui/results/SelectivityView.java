/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.results;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.hillfit.ui.session.Feedback;
import org.hillfit.ui.session.SessionModel;

/**
 * The selectivity pivot: compounds down, IC50 per assay across, then the fold of each off-target over the chosen
 * primary assay (a fold of 100 means 100 times weaker off-target), coloured from selective (≥ 100×) to not selective
 * (under 10×). Copyable as tab-separated text.
 */
public final class SelectivityView {
    private final SelectivityViewModel viewModel;
    private final Feedback feedback;
    private final PivotTable table =
            new PivotTable("selectivity-table", "Open plates of several assays to compare a compound across them.");
    private final BorderPane root = new BorderPane();

    public SelectivityView(SessionModel model, Feedback feedback) {
        this.viewModel = new SelectivityViewModel(model.curvesProperty());
        this.feedback = feedback;
        viewModel.pivotProperty().addListener((o, a, pivot) -> table.show(pivot));
        table.show(viewModel.pivotProperty().get());
        root.setTop(toolbar());
        root.setCenter(table.node());
        root.getStyleClass().add("page");
    }

    /** The page's node. */
    public Node node() {
        return root;
    }

    /** The view model. */
    public SelectivityViewModel viewModel() {
        return viewModel;
    }

    private HBox toolbar() {
        ComboBox<String> primary = new ComboBox<>();
        primary.setId("primary-assay");
        primary.setTooltip(new Tooltip("The target the folds are taken over"));
        viewModel.assaysProperty().addListener((o, a, assays) -> {
            primary.setItems(FXCollections.observableArrayList(assays));
            String current = viewModel.primaryProperty().get();
            primary.getSelectionModel()
                    .select(assays.contains(current) ? current : assays.isEmpty() ? null : assays.get(0));
        });
        primary.setItems(
                FXCollections.observableArrayList(viewModel.assaysProperty().get()));
        primary.getSelectionModel().selectFirst();
        primary.valueProperty().addListener((o, a, value) -> {
            if (value != null) {
                viewModel.primaryProperty().set(value);
            }
        });
        Button copy = new Button("Copy as text");
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(viewModel.tsv());
            Clipboard.getSystemClipboard().setContent(content);
            feedback.status("Copied the selectivity table as tab-separated text");
        });
        Label legend = new Label();
        legend.setId("selectivity-legend");
        legend.textProperty().bind(viewModel.assaysProperty().map(SelectivityViewModel::legend));
        legend.getStyleClass().add("muted");
        Label high = chip("≥ 100×", "fold-high");
        Label mid = chip("10–100×", "fold-mid");
        Label low = chip("< 10×", "fold-low");
        for (Label chip : List.of(high, mid, low)) { // colours of folds that a single assay lacks
            chip.visibleProperty().bind(viewModel.assaysProperty().map(assays -> assays.size() != 1));
            chip.managedProperty().bind(chip.visibleProperty());
        }
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox bar = new HBox(8, new Label("Primary assay"), primary, legend, high, mid, low, spring, copy);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8));
        bar.getStyleClass().add("page-toolbar");
        return bar;
    }

    private static Label chip(String text, String style) {
        Label label = new Label(text);
        label.getStyleClass().addAll("fold-chip", style);
        return label;
    }
}
