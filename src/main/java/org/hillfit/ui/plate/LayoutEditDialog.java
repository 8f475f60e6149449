/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.plate;

import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.hillfit.plate.ConcentrationUnit;
import org.hillfit.plate.WellRole;
import org.hillfit.ui.session.ChoiceNames;

/**
 * The layout dialog of the Plates page: role, compound, dose with unit and a required reason for the chosen wells,
 * which plates the edit reaches and, when others share the layout, "only this plate". Apply stays off while a field
 * is wrong (the reason under the fields). Not modal to the code: {@link #show()} returns at once.
 */
public final class LayoutEditDialog {
    /** The button that applies the edit. */
    static final ButtonType APPLY = new ButtonType("Apply", ButtonBar.ButtonData.OK_DONE);

    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final LayoutEditViewModel viewModel;

    /** @param apply what Apply does with the checked edit */
    LayoutEditDialog(Window owner, LayoutEditViewModel viewModel, Consumer<LayoutEditViewModel> apply) {
        this.viewModel = viewModel;
        dialog.setTitle("Edit layout");
        dialog.setHeaderText(viewModel.heading());
        DialogPane pane = dialog.getDialogPane();
        pane.setId("layout-edit");
        pane.setContent(new VBox(10, fields(), scope(), problem()));
        pane.getButtonTypes().setAll(APPLY, ButtonType.CANCEL);
        pane.lookupButton(APPLY).setId("layout-apply");
        pane.lookupButton(APPLY)
                .disableProperty()
                .bind(viewModel.problemProperty().isNotEmpty());
        if (owner != null) {
            dialog.initOwner(owner);
            pane.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        dialog.setOnHidden(e -> {
            if (dialog.getResult() == APPLY && viewModel.contents().isPresent()) {
                apply.accept(viewModel);
            }
        });
    }

    /** Opens the dialog and returns; Apply hands the edit over. */
    public void show() {
        dialog.show();
        Platform.runLater(() -> dialog.getDialogPane().lookup("#layout-why").requestFocus());
    }

    /** Closes the dialog without applying anything. */
    public void cancel() {
        dialog.setResult(ButtonType.CANCEL);
        dialog.close();
    }

    /** The dialog's state (tests fill it in). */
    public LayoutEditViewModel viewModel() {
        return viewModel;
    }

    /** The dialog's content (for tests and the screenshot tour). */
    public DialogPane pane() {
        return dialog.getDialogPane();
    }

    private GridPane fields() {
        ComboBox<WellRole> role = new ComboBox<>(FXCollections.observableArrayList(WellRole.values()));
        role.setId("layout-role");
        role.setConverter(ChoiceNames.of(WellRole::slug));
        role.valueProperty().bindBidirectional(viewModel.roleProperty());
        TextField compound = field("layout-compound", viewModel.compoundProperty(), "e.g. HF-001", 16);
        compound.disableProperty().bind(viewModel.roleProperty().isEqualTo(WellRole.EMPTY));
        TextField dose = field("layout-dose", viewModel.doseProperty(), "e.g. 10", 8);
        ComboBox<ConcentrationUnit> unit =
                new ComboBox<>(FXCollections.observableArrayList(ConcentrationUnit.values()));
        unit.setId("layout-unit");
        unit.setConverter(ChoiceNames.of(ConcentrationUnit::symbol));
        unit.valueProperty().bindBidirectional(viewModel.unitProperty());
        HBox doseBox = new HBox(4, dose, unit);
        doseBox.disableProperty().bind(viewModel.roleProperty().isEqualTo(WellRole.EMPTY));
        TextField why = field("layout-why", viewModel.whyProperty(), "e.g. wrong tip: A05 got no compound", 28);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label("Role"), role);
        grid.addRow(1, new Label("Compound"), compound);
        grid.addRow(2, new Label("Concentration"), doseBox);
        grid.addRow(3, new Label("Why"), why);
        return grid;
    }

    private VBox scope() {
        Label text = new Label();
        text.setId("layout-scope");
        text.setWrapText(true);
        text.setMaxWidth(460);
        text.textProperty().bind(viewModel.scopeProperty());
        CheckBox only = new CheckBox("Only this plate (" + viewModel.plate().plate() + ")");
        only.setId("layout-only-this-plate");
        only.selectedProperty().bindBidirectional(viewModel.onlyThisPlateProperty());
        only.setVisible(viewModel.isShared());
        only.setManaged(viewModel.isShared());
        return new VBox(6, text, only);
    }

    private Label problem() {
        Label problem = new Label();
        problem.setId("layout-problem");
        problem.getStyleClass().add("error-text");
        problem.setWrapText(true);
        problem.setMaxWidth(460);
        problem.textProperty().bind(viewModel.problemProperty());
        return problem;
    }

    private static TextField field(String id, javafx.beans.property.StringProperty value, String prompt, int columns) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.setPrefColumnCount(columns);
        field.textProperty().bindBidirectional(value);
        return field;
    }
}
