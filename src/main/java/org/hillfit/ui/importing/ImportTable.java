/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.importing;

import java.util.function.Function;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;

/**
 * The import dialog's file table. Its editors (tick box, format list, assay field) are always shown and bound to the
 * row, so an edit is never lost to a missed Enter key.
 */
final class ImportTable {
    private ImportTable() {}

    static TableView<ImportFileRow> create(ObservableList<ImportFileRow> rows) {
        TableView<ImportFileRow> table = new TableView<>(rows);
        table.setId("import-files");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setPlaceholder(new Label("Drop export files or folders here, or use Add files…"));
        table.getColumns().add(column("", 36, r -> r.includeProperty(), ImportTable::includeCell));
        table.getColumns().add(column("File", 190, r -> constant(r.name()), c -> textCell(false)));
        table.getColumns().add(column("Read as", 200, r -> r.formatProperty(), c -> formatCell()));
        table.getColumns().add(column("Recognised", 300, r -> r.detectedProperty(), c -> detectedCell()));
        table.getColumns().add(column("Assay", 100, r -> r.assayProperty(), c -> assayCell()));
        table.getColumns().add(column("Result", 180, r -> r.messageProperty(), c -> textCell(true)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return table;
    }

    private static <T> TableColumn<ImportFileRow, T> column(
            String title,
            double width,
            Function<ImportFileRow, ObservableValue<T>> value,
            Function<TableColumn<ImportFileRow, T>, TableCell<ImportFileRow, T>> cell) {
        TableColumn<ImportFileRow, T> column = new TableColumn<>(title);
        column.setCellValueFactory(f -> value.apply(f.getValue()));
        column.setCellFactory(cell::apply);
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }

    private static ObservableValue<String> constant(String text) {
        return new javafx.beans.property.ReadOnlyStringWrapper(text);
    }

    private static TableCell<ImportFileRow, Boolean> includeCell(TableColumn<ImportFileRow, Boolean> column) {
        return new TableCell<>() {
            private final CheckBox box = new CheckBox();
            private ImportFileRow bound;

            @Override
            protected void updateItem(Boolean value, boolean empty) {
                super.updateItem(value, empty);
                if (bound != null) {
                    box.selectedProperty().unbindBidirectional(bound.includeProperty());
                    bound = null;
                }
                if (empty || getTableRow() == null || getTableRow().getItem() == null) {
                    setGraphic(null);
                    return;
                }
                bound = getTableRow().getItem();
                box.selectedProperty().bindBidirectional(bound.includeProperty());
                setGraphic(box);
            }
        };
    }

    private static TableCell<ImportFileRow, FormatOption> formatCell() {
        return new TableCell<>() {
            private final ComboBox<FormatOption> box = new ComboBox<>();
            private ImportFileRow bound;

            {
                box.setMaxWidth(Double.MAX_VALUE);
            }

            @Override
            protected void updateItem(FormatOption value, boolean empty) {
                super.updateItem(value, empty);
                if (bound != null) {
                    box.valueProperty().unbindBidirectional(bound.formatProperty());
                    bound = null;
                }
                if (empty || getTableRow() == null || getTableRow().getItem() == null) {
                    setGraphic(null);
                    return;
                }
                bound = getTableRow().getItem();
                box.setItems(bound.formats());
                box.valueProperty().bindBidirectional(bound.formatProperty());
                setGraphic(box);
            }
        };
    }

    private static TableCell<ImportFileRow, String> assayCell() {
        return new TableCell<>() {
            private final TextField field = new TextField();
            private ImportFileRow bound;

            @Override
            protected void updateItem(String value, boolean empty) {
                super.updateItem(value, empty);
                if (bound != null) {
                    field.textProperty().unbindBidirectional(bound.assayProperty());
                    bound = null;
                }
                if (empty || getTableRow() == null || getTableRow().getItem() == null) {
                    setGraphic(null);
                    return;
                }
                bound = getTableRow().getItem();
                field.textProperty().bindBidirectional(bound.assayProperty());
                setGraphic(field);
            }
        };
    }

    /** What detection found, with every format's confidence in the tooltip. */
    private static TableCell<ImportFileRow, String> detectedCell() {
        return new TableCell<>() {
            @Override
            protected void updateItem(String value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty ? null : value);
                ImportFileRow row =
                        empty || getTableRow() == null ? null : getTableRow().getItem();
                String details =
                        row == null ? "" : row.detectionDetailsProperty().get();
                setTooltip(details.isEmpty() ? null : new Tooltip(details));
            }
        };
    }

    private static TableCell<ImportFileRow, String> textCell(boolean result) {
        return new TableCell<>() {
            @Override
            protected void updateItem(String value, boolean empty) {
                super.updateItem(value, empty);
                getStyleClass().removeAll("row-failed", "row-imported", "row-unrecognised");
                setText(empty ? null : value);
                setTooltip(empty || value == null || value.isEmpty() ? null : new Tooltip(value));
                if (result && !empty && getTableRow() != null && getTableRow().getItem() != null) {
                    switch (getTableRow().getItem().stateProperty().get()) {
                        case FAILED -> getStyleClass().add("row-failed");
                        case IMPORTED -> getStyleClass().add("row-imported");
                        case UNRECOGNISED -> getStyleClass().add("row-unrecognised");
                        default -> {}
                    }
                }
            }
        };
    }
}
