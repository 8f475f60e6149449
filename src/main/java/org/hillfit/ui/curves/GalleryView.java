/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.curves;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import org.hillfit.project.CurveKey;
import org.hillfit.ui.session.CurveItem;
import org.hillfit.ui.session.SessionModel;

/**
 * Small multiples of every curve shown: a virtualised list of rows of thumbnails (only the rows on screen exist),
 * as many per row as fit, with a filter bar. Clicking a tile selects the curve.
 */
final class GalleryView {
    static final double THUMB_WIDTH = 176;
    static final double THUMB_HEIGHT = 116;
    private static final double TILE_WIDTH = THUMB_WIDTH + 12 + 8;

    private final GalleryViewModel viewModel;
    private final SessionModel model;
    private final ThumbnailCache thumbnails;
    private final ObservableList<List<CurveItem>> rowItems = FXCollections.observableArrayList();
    private final ListView<List<CurveItem>> rows = new ListView<>(rowItems);
    private final BorderPane root = new BorderPane();
    private int columns = 1;

    GalleryView(GalleryViewModel viewModel, SessionModel model, ThumbnailCache thumbnails) {
        this.viewModel = viewModel;
        this.model = model;
        this.thumbnails = thumbnails;
        rows.setId("curve-gallery");
        rows.getStyleClass().add("gallery");
        rows.setCellFactory(list -> new RowCell());
        rows.setPlaceholder(new Label("No curves match the filters above: clear the compound box or widen a list."));
        rows.widthProperty().addListener((o, a, w) -> {
            int fit = Math.max(1, (int) ((w.doubleValue() - 24) / TILE_WIDTH));
            if (fit != columns) {
                columns = fit;
                rebuild();
            }
        });
        viewModel.visibleProperty().addListener((o, a, b) -> rebuild());
        model.selectedCurveProperty().addListener((o, a, key) -> {
            rows.refresh();
            reveal(key);
        });
        root.setTop(filterBar());
        root.setCenter(rows);
        rebuild();
    }

    Node node() {
        return root;
    }

    /** The list, which takes the keyboard focus for review. */
    ListView<List<CurveItem>> list() {
        return rows;
    }

    /** Tiles per row. */
    int columns() {
        return columns;
    }

    private void rebuild() {
        List<CurveItem> shown = viewModel.visibleProperty().get();
        List<List<CurveItem>> grouped = new ArrayList<>();
        for (int i = 0; i < shown.size(); i += columns) {
            grouped.add(shown.subList(i, Math.min(shown.size(), i + columns)));
        }
        rowItems.setAll(grouped); // the same list: the view keeps its scroll position
        CurveKey selected = model.selectedCurveProperty().get();
        if (selected != null) {
            reveal(selected);
        }
    }

    /** Scrolls the selected curve's row into view, as little as needed. */
    private void reveal(CurveKey key) {
        if (key == null) {
            return;
        }
        int index = viewModel.indexOf(key);
        if (index < 0) {
            return;
        }
        int row = index / columns;
        VirtualFlow<?> flow = (VirtualFlow<?>) rows.lookup(".virtual-flow");
        if (flow == null) {
            rows.scrollTo(row);
            return;
        }
        IndexedCell<?> first = flow.getFirstVisibleCell();
        IndexedCell<?> last = flow.getLastVisibleCell();
        if (first == null || last == null || row <= first.getIndex() || row >= last.getIndex()) {
            flow.scrollTo(row);
        }
    }

    private FlowPane filterBar() {
        TextField text = new TextField();
        text.setPromptText("Compound…");
        text.setPrefColumnCount(10);
        text.textProperty().bindBidirectional(viewModel.textProperty());
        ComboBox<String> assay = choices(viewModel.assaysProperty().get(), "All assays");
        viewModel.assaysProperty().addListener((o, a, list) -> refill(assay, list));
        assay.valueProperty()
                .addListener((o, a, v) ->
                        viewModel.assayProperty().set(v == null || v.startsWith("All") ? GalleryViewModel.ALL : v));
        ComboBox<String> curveClass = choices(viewModel.classesProperty().get(), "All classes");
        viewModel.classesProperty().addListener((o, a, list) -> refill(curveClass, list));
        curveClass.valueProperty().addListener((o, a, v) -> viewModel
                .curveClassProperty()
                .set(v == null || v.startsWith("All") ? GalleryViewModel.ALL : v));
        ComboBox<CurveFilter.StatusFilter> status =
                new ComboBox<>(FXCollections.observableArrayList(CurveFilter.StatusFilter.values()));
        status.valueProperty().bindBidirectional(viewModel.statusProperty());
        ComboBox<CurveFilter.QcFilter> qc =
                new ComboBox<>(FXCollections.observableArrayList(CurveFilter.QcFilter.values()));
        qc.valueProperty().bindBidirectional(viewModel.qcProperty());
        ComboBox<GallerySort> sort = new ComboBox<>(FXCollections.observableArrayList(GallerySort.values()));
        sort.valueProperty().bindBidirectional(viewModel.sortProperty());
        Label count = new Label();
        count.getStyleClass().add("muted");
        viewModel
                .visibleProperty()
                .addListener((o, a, shown) -> count.setText(shown.size() + " of " + viewModel.total() + " curves"));
        count.setText(viewModel.visibleProperty().get().size() + " of " + viewModel.total() + " curves");
        count.setId("gallery-count");
        Label sortLabel = new Label("Sort");
        HBox sorting = new HBox(6, sortLabel, sort);
        sorting.setAlignment(Pos.CENTER_LEFT);
        FlowPane bar = new FlowPane(8, 6, text, assay, status, curveClass, qc, sorting, count);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8));
        bar.getStyleClass().add("page-toolbar");
        return bar;
    }

    private static ComboBox<String> choices(List<String> values, String all) {
        ComboBox<String> box = new ComboBox<>();
        refill(box, values, all);
        return box;
    }

    private static void refill(ComboBox<String> box, List<String> values) {
        refill(box, values, box.getItems().isEmpty() ? "All" : box.getItems().get(0));
    }

    private static void refill(ComboBox<String> box, List<String> values, String all) {
        String chosen = box.getValue();
        List<String> items = new ArrayList<>();
        items.add(all);
        items.addAll(values);
        box.setItems(FXCollections.observableArrayList(items));
        box.setValue(chosen != null && items.contains(chosen) ? chosen : all);
    }

    /** A row of tiles; tiles are reused as the list scrolls. */
    private final class RowCell extends ListCell<List<CurveItem>> {
        private final HBox box = new HBox(8);
        private final List<CurveTile> tiles = new ArrayList<>();

        RowCell() {
            box.setPadding(new Insets(4, 4, 4, 4));
            getStyleClass().add("gallery-row");
        }

        @Override
        protected void updateItem(List<CurveItem> items, boolean empty) {
            super.updateItem(items, empty);
            if (empty || items == null) {
                setGraphic(null);
                return;
            }
            while (tiles.size() < items.size()) {
                CurveTile tile = new CurveTile(THUMB_WIDTH, THUMB_HEIGHT);
                tile.setOnMouseClicked(e -> {
                    if (tile.item() != null) {
                        model.selectedCurveProperty().set(tile.item().key());
                        rows.requestFocus();
                    }
                });
                tiles.add(tile);
            }
            box.getChildren().setAll(tiles.subList(0, items.size()));
            CurveKey selected = model.selectedCurveProperty().get();
            for (int i = 0; i < items.size(); i++) {
                CurveItem item = items.get(i);
                tiles.get(i).show(item, item.key().equals(selected), thumbnails);
            }
            setGraphic(box);
        }
    }
}
