/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.plate;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.hillfit.analysis.QcVerdict;
import org.hillfit.project.SessionPlate;
import org.hillfit.report.ResultFormat;

/** A plate in the list: assay / plate and its Z′ with the verdict colour. */
final class PlateCell extends ListCell<SessionPlate> {
    @Override
    protected void updateItem(SessionPlate plate, boolean empty) {
        super.updateItem(plate, empty);
        if (empty || plate == null) {
            setText(null);
            setGraphic(null);
            return;
        }
        Label name = new Label(plate.label());
        var qc = plate.result().normalized().qc();
        Label z = new Label("Z′ " + (Double.isNaN(qc.zPrime()) ? "—" : ResultFormat.decimals(qc.zPrime(), 2)));
        z.getStyleClass().addAll("verdict-chip", "verdict-" + qc.verdict().slug());
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox box = new HBox(6, name, spring, z);
        box.setAlignment(Pos.CENTER_LEFT);
        setText(null);
        setGraphic(box);
        setTooltip(new Tooltip(plate.label() + ": plate QC " + qc.verdict().slug()
                + (qc.verdict() == QcVerdict.FAIL ? " (its curves are flagged)" : "")));
    }
}
