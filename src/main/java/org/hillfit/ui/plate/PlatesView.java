/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.plate;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.hillfit.analysis.HeatMap;
import org.hillfit.plate.PlateMetadata;
import org.hillfit.plate.WellId;
import org.hillfit.project.SessionPlate;
import org.hillfit.ui.notes.NotePane;
import org.hillfit.ui.session.Counted;
import org.hillfit.ui.session.ReviewActions;
import org.hillfit.ui.session.SessionModel;

/**
 * The Plates page: the plates with their QC verdicts on the left; the chosen plate's heat map (raw channel, readout,
 * % inhibition or B-score) with the layout overlaid and its colour key in the middle; its QC figures and notes on
 * the right.
 * Clicking a well masks or unmasks it (the plate is refitted); shift-click or a drag chooses wells, and right-click or "Edit
 * layout…" changes what they hold in the layout (every plate sharing it, or this plate alone, is reanalysed).
 */
public final class PlatesView {
    private final PlatesViewModel viewModel;
    private final ReviewActions actions;
    private final ListView<SessionPlate> plates = new ListView<>();
    private final HeatMapCanvas heatMap;
    private final ColorLegend legend = new ColorLegend();
    private final GridPane qc = new GridPane();
    private final Label plateTitle = new Label();
    private final Label plateInfo = new Label();
    private final NotePane notes;
    private final LayoutEditor layoutEditor;
    private final SplitPane root = new SplitPane();
    private boolean updating;

    public PlatesView(SessionModel model, ReviewActions actions) {
        this.viewModel = new PlatesViewModel(model);
        this.actions = actions;
        this.heatMap = new HeatMapCanvas(new PageWells());
        this.layoutEditor = new LayoutEditor(model, viewModel, actions, heatMap);
        viewModel.chosenProperty().addListener((o, a, chosen) -> heatMap.showChosen(chosen));
        this.notes = new NotePane(actions, viewModel::noteTarget, "plate-add-note");
        heatMap.setId("heat-map");
        plates.setId("plate-list");
        plates.setCellFactory(l -> new PlateCell());
        plates.getSelectionModel().selectedItemProperty().addListener((o, a, plate) -> {
            if (plate != null && !updating) {
                viewModel.selectedProperty().set(plate.key());
            }
        });
        viewModel.platesProperty().addListener((o, a, list) -> showPlates(list));
        viewModel.plateProperty().addListener((o, a, p) -> showPlate());
        viewModel.heatMapProperty().addListener((o, a, m) -> showPlate());
        viewModel.overlayProperty().addListener((o, a, m) -> showPlate());
        viewModel.qcProperty().addListener((o, a, figures) -> showQc(figures));
        viewModel.notesProperty().addListener((o, a, list) -> notes.show(list));
        viewModel
                .plateProperty()
                .addListener((o, a, p) -> notes.show(viewModel.notesProperty().get()));
        notes.show(viewModel.notesProperty().get());
        root.getItems().addAll(plates, centre(), qcPanel());
        root.setDividerPositions(0.15, 0.79);
        SplitPane.setResizableWithParent(plates, false);
        showPlates(viewModel.platesProperty().get());
        showPlate();
        showQc(viewModel.qcProperty().get());
    }

    /** The page's node. */
    public Node node() {
        return root;
    }

    /** The split panes (their dividers are remembered). */
    public SplitPane splitPane() {
        return root;
    }

    /** The view model. */
    public PlatesViewModel viewModel() {
        return viewModel;
    }

    /** Opens the layout dialog (the heat map's context menu and the "Edit layout…" button use it). */
    public LayoutEditor layoutEditor() {
        return layoutEditor;
    }

    private BorderPane centre() {
        ComboBox<String> layer = new ComboBox<>();
        layer.setId("heat-map-layer");
        layer.setTooltip(new Tooltip("What the colours show"));
        viewModel.layersProperty().addListener((o, a, list) -> {
            updating = true;
            layer.setItems(FXCollections.observableArrayList(list));
            layer.setValue(Optional.ofNullable(viewModel.heatMapProperty().get())
                    .map(PlatesViewModel::layerName)
                    .orElse(null));
            updating = false;
        });
        viewModel.heatMapProperty().addListener((o, a, map) -> {
            updating = true;
            layer.setValue(map == null ? null : PlatesViewModel.layerName(map));
            updating = false;
        });
        layer.valueProperty().addListener((o, a, v) -> {
            if (v != null && !updating) {
                viewModel.layerProperty().set(v);
            }
        });
        ComboBox<Overlay> overlay = new ComboBox<>(FXCollections.observableArrayList(Overlay.values()));
        overlay.valueProperty().bindBidirectional(viewModel.overlayProperty());
        overlay.setTooltip(new Tooltip("The layout drawn over the values"));
        Label hint = new Label(
                "Click a well to mask or unmask it · shift-click or drag to choose wells · right-click to edit the layout");
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);
        plateTitle.getStyleClass().add("detail-title");
        plateTitle.setMinWidth(Region.USE_PREF_SIZE);
        HBox controls = new HBox(8, new Label("Show"), layer, new Label("Layout"), overlay);
        controls.setAlignment(Pos.CENTER_LEFT);
        controls.setMinWidth(Region.USE_PREF_SIZE);
        // a narrow window moves Show / Layout under the plate's name instead of cutting words to "S..."
        FlowPane bar = new FlowPane(24, 4, plateTitle, controls);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 10, 4, 10));
        plateInfo.getStyleClass().add("muted");
        VBox top = new VBox(2, bar, withPadding(plateInfo));
        VBox bottom = new VBox(6, legend, hint);
        bottom.setPadding(new Insets(6, 10, 10, 10));
        BorderPane centre = new BorderPane(heatMap);
        centre.setTop(top);
        centre.setBottom(bottom);
        BorderPane.setMargin(heatMap, new Insets(4, 10, 4, 4));
        return centre;
    }

    private static HBox withPadding(Node node) {
        HBox box = new HBox(node);
        box.setPadding(new Insets(0, 10, 0, 10));
        return box;
    }

    private VBox qcPanel() {
        Label title = new Label("Plate QC");
        title.getStyleClass().add("section-title");
        qc.setHgap(10);
        qc.setVgap(6);
        qc.getStyleClass().add("qc-grid");
        qc.setId("qc-grid");
        Label chosen = new Label();
        chosen.getStyleClass().add("muted");
        chosen.setWrapText(true);
        chosen.textProperty().bind(viewModel.chosenProperty().map(PlatesView::chosenText));
        Button edit = layoutEditor.button();
        edit.setMinWidth(Region.USE_PREF_SIZE); // the label beside it gives way, never the button's words
        HBox layout = new HBox(8, edit, chosen);
        layout.setAlignment(Pos.CENTER_LEFT);
        VBox panel = new VBox(10, title, qc, layout, new Separator(), notes.node());
        panel.setPadding(new Insets(12));
        panel.setMinWidth(230);
        panel.getStyleClass().add("side-panel");
        return panel;
    }

    private void showPlates(List<SessionPlate> list) {
        updating = true;
        plates.setItems(FXCollections.observableArrayList(list));
        SessionPlate shown = viewModel.plateProperty().get();
        if (shown != null) {
            plates.getSelectionModel().select(shown);
        }
        updating = false;
    }

    private void showPlate() {
        SessionPlate plate = viewModel.plateProperty().get();
        HeatMap map = viewModel.heatMapProperty().get();
        legend.show(map);
        if (plate == null || map == null) {
            plateTitle.setText("");
            plateInfo.setText("");
            heatMap.show(null, null, viewModel.overlayProperty().get());
            return;
        }
        plateTitle.setText(plate.label());
        plateInfo.setText(plate.plate().format() + " plate · "
                + plate.plate()
                        .metadata(PlateMetadata.SOURCE_FILE)
                        .map(f -> java.nio.file.Path.of(f).getFileName().toString())
                        .orElse("")
                + plate.plate()
                        .metadata(PlateMetadata.BARCODE)
                        .map(b -> " · barcode " + b)
                        .orElse("")
                + " · " + plate.result().normalized().basis()
                + (plate.masks().isEmpty()
                        ? ""
                        : " · " + Counted.of(plate.masks().size(), "well") + " masked by you"));
        heatMap.show(
                map,
                plate.result().normalized().layout(),
                viewModel.overlayProperty().get());
        updating = true;
        if (plates.getSelectionModel().getSelectedItem() == null
                || !plates.getSelectionModel().getSelectedItem().key().equals(plate.key())) {
            plates.getSelectionModel().select(plate);
        }
        updating = false;
    }

    private void showQc(List<QcFigure> figures) {
        qc.getChildren().clear();
        int row = 0;
        for (QcFigure figure : figures) {
            Label name = new Label(figure.label());
            name.getStyleClass().add("value-label");
            name.setMinWidth(Region.USE_PREF_SIZE);
            Label value = new Label(figure.text());
            value.getStyleClass().add("qc-value");
            value.setMinWidth(Region.USE_PREF_SIZE);
            figure.verdict().ifPresent(v -> value.getStyleClass().add("verdict-" + v.slug()));
            Tooltip.install(name, new Tooltip(figure.hint()));
            Tooltip.install(value, new Tooltip(figure.hint()));
            qc.addRow(row++, name, value);
        }
    }

    /** "A05, A06 chosen", "12 wells chosen, A03 … C06", "no well chosen": short enough for the QC column. */
    static String chosenText(Set<WellId> wells) {
        if (wells.isEmpty()) {
            return "no well chosen";
        }
        List<WellId> ordered = wells.stream().sorted().toList();
        if (ordered.size() <= 3) {
            return ordered.stream().map(WellId::label).collect(Collectors.joining(", ")) + " chosen";
        }
        return wells.size() + " wells chosen, " + ordered.get(0).label() + " … "
                + ordered.get(ordered.size() - 1).label();
    }

    /** What the heat map's clicks do on this page. */
    private final class PageWells implements HeatMapCanvas.Wells {
        @Override
        public void clicked(WellId well) {
            SessionPlate plate = viewModel.plateProperty().get();
            if (plate != null) {
                actions.toggleMask(plate.key(), well);
            }
        }

        @Override
        public void toggleChosen(WellId well) {
            viewModel.toggleChosen(well);
        }

        @Override
        public void chooseRectangle(WellId from, WellId to, boolean add) {
            viewModel.chooseRectangle(from, to, add);
        }

        @Override
        public void menu(WellId well, double screenX, double screenY) {
            layoutEditor.showMenu(well, screenX, screenY);
        }

        @Override
        public String describe(WellId well) {
            SessionPlate plate = viewModel.plateProperty().get();
            HeatMap map = viewModel.heatMapProperty().get();
            return plate == null || map == null ? "" : WellTooltip.of(plate, map, well);
        }
    }
}
