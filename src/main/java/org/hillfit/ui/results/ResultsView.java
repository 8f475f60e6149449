/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.results;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.hillfit.result.CurveFit;
import org.hillfit.ui.session.Counted;
import org.hillfit.ui.session.CurveItem;
import org.hillfit.ui.session.Feedback;
import org.hillfit.ui.session.Navigator;
import org.hillfit.ui.session.Page;
import org.hillfit.ui.session.ReviewActions;
import org.hillfit.ui.session.SessionModel;

/**
 * The IC50 table: one row per assay × plate × compound with qualifier, IC50, CI, pIC50, Hill, plateaus, R², class,
 * status, review and flags. Sortable by any column, filtered by a search box, copied as tab-separated text (the
 * selected rows, or every row shown). Selecting a row selects the curve; a double click opens it on the Curves page;
 * right-click marks the row's compound as its assay's reference compound.
 */
public final class ResultsView {
    private static final KeyCombination COPY = KeyCombination.keyCombination("Shortcut+C");

    private final ResultsViewModel viewModel;
    private final SessionModel model;
    private final Feedback feedback;
    private final TableView<CurveItem> table = new TableView<>();
    private final ObservableList<CurveItem> items = FXCollections.observableArrayList();
    private final BorderPane root = new BorderPane();
    private boolean selecting;

    public ResultsView(SessionModel model, ReviewActions actions, Feedback feedback, Navigator navigator) {
        this.model = model;
        this.feedback = feedback;
        this.viewModel = new ResultsViewModel(model.curvesProperty());
        for (ResultColumn column : viewModel.columns()) {
            table.getColumns().add(column(column));
        }
        SortedList<CurveItem> sorted = new SortedList<>(items);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setPlaceholder(new Label("No curves match the search."));
        table.setId("results-table");
        table.setRowFactory(t -> row(navigator, actions));
        table.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (COPY.match(e)) {
                copy();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                navigator.show(Page.CURVES);
            }
        });
        viewModel.rowsProperty().addListener((o, a, rows) -> {
            items.setAll(rows);
            reveal();
        });
        items.setAll(viewModel.rowsProperty().get());
        table.getSelectionModel().selectedItemProperty().addListener((o, a, item) -> {
            if (item != null && !selecting) {
                model.selectedCurveProperty().set(item.key());
            }
        });
        model.selectedCurveProperty().addListener((o, a, key) -> reveal());
        root.setTop(toolbar());
        root.setCenter(table);
        root.getStyleClass().add("page");
    }

    /** The page's node. */
    public Node node() {
        return root;
    }

    /** The view model (for tests and the screenshot tour). */
    public ResultsViewModel viewModel() {
        return viewModel;
    }

    /** Copies the selected rows (or all rows shown) as tab-separated text. */
    public void copy() {
        List<CurveItem> selected = List.copyOf(table.getSelectionModel().getSelectedItems());
        List<CurveItem> rows = selected.size() > 1 ? selected : List.copyOf(table.getItems());
        ClipboardContent content = new ClipboardContent();
        content.putString(viewModel.tsv(rows));
        Clipboard.getSystemClipboard().setContent(content);
        feedback.status(
                "Copied " + Counted.of(rows.size(), "row") + " as tab-separated text: paste into Excel or Prism");
    }

    private HBox toolbar() {
        TextField search = new TextField();
        search.setPromptText("Search compound, assay, status, flag…");
        search.setPrefColumnCount(28);
        search.textProperty().bindBidirectional(viewModel.searchProperty());
        Button copy = new Button("Copy as text");
        copy.setTooltip(new Tooltip("Copy the selected rows, or every row shown, as tab-separated text (Ctrl+C)"));
        copy.setOnAction(e -> copy());
        Label count = new Label();
        count.getStyleClass().add("muted");
        count.textProperty()
                .bind(javafx.beans.binding.Bindings.createStringBinding(
                        () -> items.size() + " of "
                                + model.curvesProperty().get().size() + " curves",
                        items,
                        model.curvesProperty()));
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox bar = new HBox(8, search, count, spring, copy);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8));
        bar.getStyleClass().add("page-toolbar");
        return bar;
    }

    /** Selects the model's curve in the table without feeding the selection back. */
    private void reveal() {
        model.selectedItem().ifPresent(item -> {
            int index = table.getItems().indexOf(item);
            if (index >= 0 && table.getSelectionModel().getSelectedItem() != item) {
                selecting = true;
                table.getSelectionModel().clearAndSelect(index);
                selecting = false;
            }
        });
    }

    /** A row that opens its curve on a double click and offers to mark its compound as the reference. */
    private TableRow<CurveItem> row(Navigator navigator, ReviewActions actions) {
        TableRow<CurveItem> row = new TableRow<>();
        row.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && !row.isEmpty()) {
                model.selectedCurveProperty().set(row.getItem().key());
                navigator.show(Page.CURVES);
            }
        });
        MenuItem reference = new MenuItem();
        reference.setOnAction(e -> {
            CurveFit curve = row.getItem().curve();
            actions.setReference(curve.assay(), Optional.of(curve.compound()));
            navigator.show(Page.REFERENCE);
        });
        row.itemProperty().addListener((o, a, item) -> {
            reference.setText(
                    item == null
                            ? ""
                            : "Mark " + item.curve().compound() + " as the reference compound of "
                                    + item.curve().assay());
            row.setContextMenu(item == null ? null : new ContextMenu(reference));
        });
        return row;
    }

    private static TableColumn<CurveItem, Cell> column(ResultColumn column) {
        TableColumn<CurveItem, Cell> c = new TableColumn<>(column.header());
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(column.cell(f.getValue())));
        c.setCellFactory(t -> new TableCell<>() {
            @Override
            protected void updateItem(Cell cell, boolean empty) {
                super.updateItem(cell, empty);
                getStyleClass().removeIf(s -> s.startsWith("status-"));
                setText(empty || cell == null ? null : cell.text());
                if (!empty && cell != null && column == ResultColumn.STATUS) {
                    getStyleClass().add("status-" + cell.text());
                }
                if (!empty
                        && cell != null
                        && column == ResultColumn.FLAGS
                        && !cell.text().isEmpty()) {
                    setTooltip(new Tooltip(cell.text().replace("; ", "\n")));
                } else {
                    setTooltip(null);
                }
            }
        });
        if (column.isNumeric()) {
            c.getStyleClass().add("numeric");
        }
        c.setPrefWidth(width(column));
        return c;
    }

    private static double width(ResultColumn column) {
        return switch (column) {
            case CLASS -> 52;
            case ASSAY, PIC50, HILL, R2 -> 62;
            case STATUS, TOP, QUALIFIER -> 74;
            case PLATE, IC50, COMPOUND -> 84;
            case BOTTOM -> 96;
            case POINTS -> 104;
            case CI -> 110;
            case REVIEW -> 160;
            case FLAGS -> 300;
            default -> 84;
        };
    }
}
