/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.curves;

import java.util.Optional;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.hillfit.report.CurvePlotData;
import org.hillfit.report.ResultFormat;
import org.hillfit.ui.notes.NotePane;
import org.hillfit.ui.session.CurveItem;
import org.hillfit.ui.session.Feedback;
import org.hillfit.ui.session.ReviewActions;
import org.hillfit.ui.session.SessionModel;

/**
 * The selected curve at full size: the chart (click a point to mask or unmask it; right-click to give a reason),
 * the fit's numbers as in the report, the flags in words, the notes, accept/reject, and the compound on the other
 * assays overlaid on request.
 */
final class CurveDetailView {
    /** Reasons offered for masking; any text may be typed. */
    private static final String HINT = "Click a point to mask";

    static final String[] REASONS = {"outlier", "pipetting error", "bubble", "edge effect", "precipitation"};

    private final CurveDetailViewModel viewModel;
    private final SessionModel model;
    private final ReviewActions actions;
    private final Feedback feedback;
    private final CurveChartPane chart;
    private final Label title = new Label();
    private final Label subtitle = new Label();
    private final Label status = new Label();
    private final Label hover = new Label();
    private final Label replicates = new Label();
    private final GridPane values = new GridPane();
    private final VBox flags = new VBox(3);
    private final NotePane notes;
    private final BorderPane root = new BorderPane();

    CurveDetailView(CurveDetailViewModel viewModel, SessionModel model, ReviewActions actions, Feedback feedback) {
        this.viewModel = viewModel;
        this.model = model;
        this.actions = actions;
        this.feedback = feedback;
        this.chart = new CurveChartPane(this::clicked, this::hovered);
        this.notes = new NotePane(actions, viewModel::noteTarget, "curve-add-note");
        title.getStyleClass().add("detail-title");
        title.setId("detail-title");
        subtitle.getStyleClass().add("muted");
        status.getStyleClass().add("detail-status");
        hover.getStyleClass().add("muted");
        hover.setId("detail-hover");
        VBox header = new VBox(2, new HBox(10, title, status), subtitle);
        header.setPadding(new Insets(10, 12, 4, 12));
        root.setTop(header);
        root.setCenter(chart);
        root.setBottom(maskBar());
        root.setRight(sidePanel());
        root.getStyleClass().add("curve-detail");
        viewModel.plotProperty().addListener((o, a, plot) -> showChart(plot));
        viewModel.detailsProperty().addListener((o, a, d) -> showDetails(d));
        viewModel.notesProperty().addListener((o, a, list) -> notes.show(list));
        viewModel
                .itemProperty()
                .addListener(
                        (o, a, item) -> notes.show(viewModel.notesProperty().get()));
        notes.show(viewModel.notesProperty().get());
        showChart(viewModel.plotProperty().get());
        showDetails(viewModel.detailsProperty().get());
    }

    Node node() {
        return root;
    }

    /** The chart, for tests that click points. */
    CurveChartPane chart() {
        return chart;
    }

    private HBox maskBar() {
        ComboBox<String> reason = new ComboBox<>(FXCollections.observableArrayList(REASONS));
        reason.setEditable(true);
        reason.setPrefWidth(140); // fits "pipetting error" and leaves the hint its words on a 1024-pixel screen
        reason.setTooltip(new Tooltip("The note recorded with each mask you set (audit trail, report)"));
        reason.valueProperty().bindBidirectional(model.maskReasonProperty());
        Label label = new Label("Reason");
        label.setMinWidth(Region.USE_PREF_SIZE);
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        hover.setText(HINT);
        hover.setMinWidth(120);
        hover.setTooltip(new Tooltip("Click a point to mask or unmask it with the reason on the right;"
                + " right-click a point to give another reason"));
        replicates.getStyleClass().add("replicate-key");
        replicates.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = new HBox(8, replicates, hover, spring, label, reason);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 12, 8, 12));
        return bar;
    }

    private ScrollPane sidePanel() {
        Button accept = new Button("Accept");
        accept.setId("accept-curve");
        accept.setTooltip(new Tooltip("Accept the curve as fit to report (A)"));
        accept.setOnAction(e -> selected(c -> actions.accept(c.key())));
        Button reject = new Button("Reject…");
        reject.setId("reject-curve");
        reject.setTooltip(new Tooltip("Reject the curve: it is reported as flagged (R)"));
        reject.setOnAction(e -> rejectSelected());
        Button clear = new Button("Clear");
        clear.setTooltip(new Tooltip("Withdraw the accept/reject decision (U)"));
        clear.setOnAction(e -> selected(c -> actions.clearDecision(c.key())));
        accept.getStyleClass().add("accept");
        reject.getStyleClass().add("reject");
        HBox decisions = new HBox(6, accept, reject, clear);
        ToggleButton overlay = new ToggleButton("Overlay other assays");
        overlay.setId("overlay-assays");
        overlay.setTooltip(new Tooltip("Show this compound on every assay in one chart (O)"));
        overlay.selectedProperty().bindBidirectional(viewModel.overlayProperty());
        overlay.setMaxWidth(Double.MAX_VALUE);
        values.getStyleClass().add("value-grid");
        values.setHgap(10);
        values.setVgap(3);
        Label flagsTitle = new Label("Flags");
        flagsTitle.getStyleClass().add("section-title");
        Label keys = new Label("J / K or ← →: next / previous curve\nA accept · R reject (then next)\n"
                + "U clear · O overlay · N note\nCtrl+Z undo · Ctrl+Y redo");
        keys.getStyleClass().add("muted");
        keys.setWrapText(true);
        VBox panel = new VBox(10, decisions, overlay, values, flagsTitle, flags, notes.node(), keys);
        panel.setPadding(new Insets(10, 12, 10, 8));
        panel.setPrefWidth(270);
        ScrollPane scroll = new ScrollPane(panel);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("side-panel");
        return scroll;
    }

    /**
     * Asks why, then rejects the selected curve.
     *
     * @return true when it was rejected (false when cancelled or nothing is selected)
     */
    boolean rejectSelected() {
        CurveItem c = viewModel.itemProperty().get();
        if (c == null) {
            return false;
        }
        Optional<String> why = ReasonPrompt.ask(
                root.getScene() == null ? null : root.getScene().getWindow(),
                "Reject curve",
                "Why reject " + c.label() + "?",
                "poor fit");
        why.ifPresent(reason -> actions.reject(c.key(), reason));
        return why.isPresent();
    }

    /** Asks for a note on the curve shown. */
    void addNote() {
        notes.ask();
    }

    private void selected(Consumer<CurveItem> action) {
        Optional.ofNullable(viewModel.itemProperty().get()).ifPresent(action);
    }

    private void clicked(CurveChartPane.Hit hit) {
        CurveItem item = viewModel.itemProperty().get();
        if (item == null) {
            return;
        }
        if (viewModel.overlayProperty().get() && chartSeriesCount() > 1) {
            feedback.status("Switch the overlay off to mask points of one curve");
            return;
        }
        if (hit.secondary()) {
            ReasonPrompt.ask(
                            root.getScene().getWindow(),
                            "Mask point",
                            "Why mask " + hit.point().well() + "?",
                            model.maskReasonProperty().get())
                    .ifPresent(why ->
                            actions.toggleMask(item.key().plate(), hit.point().well(), why));
            return;
        }
        actions.toggleMask(item.key().plate(), hit.point().well());
    }

    private void showChart(CurvePlotData plot) {
        chart.show(plot);
        int count = plot == null ? 1 : Math.min(ReplicateShapes.replicates(plot), ReplicateShapes.SYMBOLS.length());
        StringBuilder key = new StringBuilder();
        for (int r = 0; count > 1 && r < count; r++) {
            key.append(ReplicateShapes.SYMBOLS.charAt(r))
                    .append(" rep ")
                    .append(r + 1)
                    .append("  ");
        }
        replicates.setText(key.toString().strip());
        replicates.setVisible(count > 1);
        replicates.setManaged(count > 1);
    }

    private int chartSeriesCount() {
        CurvePlotData plot = viewModel.plotProperty().get();
        return plot == null ? 0 : plot.series().size();
    }

    private void hovered(Optional<CurveChartPane.Hit> hit) {
        hover.setText(hit.map(CurveDetailView::describe).orElse(HINT));
    }

    private static String describe(CurveChartPane.Hit hit) {
        CurvePlotData.Point p = hit.point();
        String where = p.well() + " · " + ResultFormat.significant(p.concentration(), 3) + " nM · "
                + ResultFormat.percent(p.response()) + " % inhibition";
        return switch (p.state()) {
            case USED -> where + " — click to mask";
            case MASKED -> where + " — masked (" + p.reason() + "); click to unmask";
            case NO_VALUE -> where + " — no value";
        };
    }

    private void showDetails(CurveDetailViewModel.Details details) {
        values.getChildren().clear();
        flags.getChildren().clear();
        if (details == null) {
            title.setText("No curve selected");
            subtitle.setText("");
            status.setText("");
            return;
        }
        title.setText(details.title());
        subtitle.setText(details.subtitle());
        status.setText(details.status());
        status.getStyleClass().removeIf(s -> s.startsWith("status-"));
        CurveItem item = viewModel.itemProperty().get();
        if (item != null) {
            status.getStyleClass()
                    .add("status-"
                            + (item.curve().isRejected()
                                    ? "rejected"
                                    : item.curve().status().slug()));
        }
        int row = 0;
        for (CurveDetailViewModel.Value value : details.values()) {
            Label name = new Label(value.label());
            name.getStyleClass().add("value-label");
            Label text = new Label(value.text());
            text.getStyleClass().add(row == 0 ? "value-ic50" : "value-text");
            if (row == 0) {
                text.setId("detail-ic50");
            }
            values.addRow(row++, name, text);
        }
        if (details.flags().isEmpty()) {
            Label none = new Label("none");
            none.getStyleClass().add("muted");
            flags.getChildren().add(none);
        }
        for (String flag : details.flags()) {
            Label line = new Label("• " + flag);
            line.setWrapText(true);
            flags.getChildren().add(line);
        }
    }
}
