/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.hillfit.report.ResultsCsvWriter;
import org.hillfit.result.CurveFit;

/** The IC50 table: one row per assay × plate × compound, with the same numbers as the results CSV. */
final class ResultsTable {
    private final TableView<CurveFit> table = new TableView<>();

    ResultsTable() {
        table.getColumns().add(column("Assay", c -> c.assay()));
        table.getColumns().add(column("Plate", c -> c.plate()));
        table.getColumns().add(column("Compound", c -> c.compound()));
        table.getColumns().add(column("Status", c -> c.status().slug()));
        table.getColumns().add(column("IC50 (nM)", c -> cell(c, 4) + cell(c, 5)));
        table.getColumns().add(column("95% CI (nM)", c -> cell(c, 6).isEmpty() ? "" : cell(c, 6) + " – " + cell(c, 7)));
        table.getColumns().add(column("pIC50", c -> cell(c, 8)));
        table.getColumns().add(column("Hill", c -> cell(c, 9)));
        table.getColumns().add(column("R²", c -> cell(c, 12)));
        table.getColumns().add(column("Class", c -> c.result().curveClass()));
        table.getColumns().add(column("Flags", c -> String.join(", ", c.flags())));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new javafx.scene.control.Label("Loading…"));
    }

    Node node() {
        return table;
    }

    void show(List<CurveFit> curves) {
        table.setItems(FXCollections.observableArrayList(curves));
    }

    /** The text of the results-CSV cell with this index, so table and CSV always agree. */
    private static String cell(CurveFit curve, int index) {
        return ResultsCsvWriter.row(curve).get(index);
    }

    private static TableColumn<CurveFit, String> column(String title, Function<CurveFit, String> value) {
        TableColumn<CurveFit, String> column = new TableColumn<>(title);
        column.setCellValueFactory(features -> new ReadOnlyStringWrapper(value.apply(features.getValue())));
        return column;
    }
}
