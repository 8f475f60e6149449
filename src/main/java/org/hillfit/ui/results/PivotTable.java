/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.results;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

/**
 * A sortable table of {@link CellRows}: columns made from the header, each cell's text, colour (its style class)
 * and tooltip (its detail); the first column is text, the others are right-aligned when they hold numbers.
 */
public final class PivotTable {
    private static final String APPLIED = "pivot-style";

    private final TableView<List<PivotCell>> table = new TableView<>();

    /**
     * @param id the table's node id
     * @param placeholder what the table says while it has no rows
     */
    public PivotTable(String id, String placeholder) {
        table.setId(id);
        Label empty = new Label(placeholder);
        empty.setWrapText(true);
        empty.getStyleClass().add("muted");
        table.setPlaceholder(empty);
    }

    /** The table. */
    public TableView<List<PivotCell>> node() {
        return table;
    }

    /** Shows new content (columns and rows). */
    public void show(CellRows content) {
        table.getColumns().clear();
        for (int i = 0; i < content.header().size(); i++) {
            table.getColumns().add(column(content, i));
        }
        table.setItems(FXCollections.observableArrayList(content.rows()));
    }

    /**
     * Wide enough for the bold header (about 8.5 px a character) and the longest text (about 7.2 px), within 48–340
     * px.
     */
    static double width(CellRows content, int index) {
        int longest = 0;
        for (List<PivotCell> row : content.rows()) {
            longest = Math.max(longest, row.get(index).text().length());
        }
        double header = 8.5 * content.header().get(index).length() + 26;
        return Math.max(48, Math.min(340, Math.max(header, 7.2 * longest + 22)));
    }

    private static TableColumn<List<PivotCell>, PivotCell> column(CellRows content, int index) {
        TableColumn<List<PivotCell>, PivotCell> column =
                new TableColumn<>(content.header().get(index));
        column.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue().get(index)));
        column.setCellFactory(t -> new TableCell<>() {
            @Override
            protected void updateItem(PivotCell cell, boolean empty) {
                super.updateItem(cell, empty);
                Object applied = getProperties().remove(APPLIED);
                if (applied != null) {
                    getStyleClass().remove(applied);
                }
                if (empty || cell == null) {
                    setText(null);
                    setTooltip(null);
                    return;
                }
                setText(cell.text());
                if (!cell.styleClass().isEmpty()) {
                    getStyleClass().add(cell.styleClass());
                    getProperties().put(APPLIED, cell.styleClass());
                }
                setTooltip(cell.detail().isEmpty() ? null : new Tooltip(cell.detail()));
            }
        });
        column.setPrefWidth(width(content, index));
        boolean numeric =
                content.rows().stream().anyMatch(r -> !Double.isNaN(r.get(index).value()));
        if (index > 0 && numeric) {
            column.getStyleClass().add("numeric");
        }
        return column;
    }
}
