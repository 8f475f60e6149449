/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.importing;

import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.hillfit.io.layout.ReplicatePattern;
import org.hillfit.io.layout.SeriesDirection;
import org.hillfit.plate.ConcentrationUnit;
import org.hillfit.plate.PlateFormat;
import org.hillfit.ui.session.ChoiceNames;

/** The dilution-rule editor: plate format, compounds, doses, replicates, direction and control bands. */
final class DilutionRuleEditor {
    private final VBox root;

    DilutionRuleEditor(DilutionRuleViewModel rule) {
        ComboBox<PlateFormat> format = new ComboBox<>(FXCollections.observableArrayList(PlateFormat.values()));
        format.valueProperty().bindBidirectional(rule.formatProperty());
        format.setConverter(ChoiceNames.of(f -> f.wellCount() + "-well"));
        TextArea compounds = new TextArea();
        compounds.textProperty().bindBidirectional(rule.compoundsProperty());
        compounds.setPrefRowCount(4);
        compounds.setPrefColumnCount(14);
        compounds.setPromptText("one compound per line");
        TextField top = field(rule.topProperty(), 7);
        ComboBox<ConcentrationUnit> unit =
                new ComboBox<>(FXCollections.observableArrayList(ConcentrationUnit.values()));
        unit.valueProperty().bindBidirectional(rule.unitProperty());
        unit.setConverter(ChoiceNames.of(ConcentrationUnit::symbol));
        TextField fold = field(rule.foldProperty(), 4);
        Spinner<Integer> points = new Spinner<>(1, 48, rule.pointsProperty().get());
        points.valueProperty().addListener((o, a, v) -> rule.pointsProperty().set(v));
        points.setPrefWidth(80);
        Spinner<Integer> replicates =
                new Spinner<>(1, 8, rule.replicatesProperty().get());
        replicates.valueProperty().addListener((o, a, v) -> rule.replicatesProperty()
                .set(v));
        replicates.setPrefWidth(80);
        ComboBox<ReplicatePattern> pattern =
                new ComboBox<>(FXCollections.observableArrayList(ReplicatePattern.values()));
        pattern.valueProperty().bindBidirectional(rule.patternProperty());
        pattern.setConverter(ChoiceNames.of(ReplicatePattern::slug));
        ComboBox<SeriesDirection> direction =
                new ComboBox<>(FXCollections.observableArrayList(SeriesDirection.values()));
        direction.valueProperty().bindBidirectional(rule.directionProperty());
        direction.setConverter(ChoiceNames.of(d -> "along " + d.slug()));
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, new Label("Plate"), format, new Label("Series run"), direction);
        grid.addRow(
                1,
                new Label("Top dose"),
                new javafx.scene.layout.HBox(4, top, unit),
                new Label("Dilution"),
                new javafx.scene.layout.HBox(4, fold, new Label("-fold,"), points, new Label("doses")));
        grid.addRow(2, new Label("Replicates"), replicates, new Label("placed as"), pattern);
        grid.addRow(
                3,
                new Label("Neutral (0 %)"),
                field(rule.neutralProperty(), 12),
                new Label("Inhibitor (100 %)"),
                field(rule.inhibitorProperty(), 12));
        grid.addRow(4, new Label("Blank"), field(rule.blankProperty(), 12));
        grid.add(new Label("Compounds"), 0, 5);
        grid.add(compounds, 1, 5, 3, 1);
        ColumnConstraints grow = new ColumnConstraints();
        grow.setHgrow(Priority.SOMETIMES);
        grid.getColumnConstraints().addAll(new ColumnConstraints(), grow, new ColumnConstraints(), grow);
        Label summary = new Label();
        summary.textProperty().bind(rule.summaryProperty());
        summary.getStyleClass().add("rule-summary");
        Label error = new Label();
        error.textProperty().bind(rule.errorProperty());
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        root = new VBox(6, grid, summary, error);
        root.setPadding(new Insets(6, 0, 0, 24));
    }

    Node node() {
        return root;
    }

    private static TextField field(javafx.beans.property.StringProperty property, int columns) {
        TextField field = new TextField();
        field.textProperty().bindBidirectional(property);
        field.setPrefColumnCount(columns);
        return field;
    }
}
