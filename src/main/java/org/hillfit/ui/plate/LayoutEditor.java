/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.plate;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.stage.Window;
import org.hillfit.plate.WellId;
import org.hillfit.project.SessionPlate;
import org.hillfit.ui.session.ReviewActions;
import org.hillfit.ui.session.SessionModel;

/**
 * Layout edits on the Plates page: the heat map's context menu (edit the layout of a well or of the chosen wells,
 * mask or unmask it) and the "Edit layout…" button, both opening the {@link LayoutEditDialog}; Apply hands the edit
 * to {@link ReviewActions#editLayout}.
 */
public final class LayoutEditor {
    private final SessionModel model;
    private final PlatesViewModel plates;
    private final ReviewActions actions;
    private final Node owner;
    private final ContextMenu menu = new ContextMenu();

    /** @param owner a node of the page (its window owns the dialog) */
    LayoutEditor(SessionModel model, PlatesViewModel plates, ReviewActions actions, Node owner) {
        this.model = model;
        this.plates = plates;
        this.actions = actions;
        this.owner = owner;
        menu.setId("heat-map-menu");
    }

    /**
     * Opens the layout dialog for wells of the plate shown and returns it (nothing opens without a session).
     *
     * @param wells at least one well of the plate shown
     */
    public Optional<LayoutEditDialog> edit(List<WellId> wells) {
        SessionPlate plate = plates.plateProperty().get();
        if (plate == null || model.current().isEmpty() || wells.isEmpty()) {
            return Optional.empty();
        }
        LayoutEditViewModel viewModel = new LayoutEditViewModel(model.current().get(), plate.key(), wells);
        LayoutEditDialog dialog = new LayoutEditDialog(window(), viewModel, this::apply);
        dialog.show();
        return Optional.of(dialog);
    }

    /** The wells a right-click on {@code well} is about: the chosen wells when it is one of them, else the well. */
    List<WellId> aboutWell(WellId well) {
        Set<WellId> chosen = plates.chosenProperty().get();
        return chosen.contains(well) ? List.copyOf(chosen) : List.of(well);
    }

    /** The context menu of a well, at a point on the screen. */
    void showMenu(WellId well, double screenX, double screenY) {
        List<WellId> about = aboutWell(well);
        String what = about.size() == 1 ? well.label() : about.size() + " chosen wells";
        MenuItem layout = item("menu-edit-layout", "Edit layout of " + what + "…", () -> edit(about));
        MenuItem mask = item("menu-toggle-mask", "Mask or unmask " + well.label(), () -> {
            SessionPlate plate = plates.plateProperty().get();
            if (plate != null) {
                actions.toggleMask(plate.key(), well);
            }
        });
        menu.getItems().setAll(layout, mask);
        if (!plates.chosenProperty().get().isEmpty()) {
            menu.getItems()
                    .addAll(
                            new SeparatorMenuItem(),
                            item("menu-clear-chosen", "Clear the choice", plates::clearChosen));
        }
        menu.show(owner, screenX, screenY);
    }

    /** "Edit layout…": edits the chosen wells; off while none is chosen. */
    Button button() {
        Button button = new Button("Edit layout…");
        button.setId("edit-layout");
        button.setTooltip(
                new Tooltip("Change what the chosen wells hold (role, compound, dose); shift-click or drag over wells"
                        + " on the heat map to choose them, or right-click a well"));
        button.disableProperty().bind(plates.chosenProperty().map(Set::isEmpty));
        button.setOnAction(e -> edit(List.copyOf(plates.chosenProperty().get())));
        return button;
    }

    private void apply(LayoutEditViewModel edit) {
        edit.contents().ifPresent(contents -> {
            actions.editLayout(
                    edit.plate(),
                    contents,
                    edit.isShared() && edit.onlyThisPlateProperty().get(),
                    edit.whyProperty().get().strip());
            plates.clearChosen();
        });
    }

    private Window window() {
        return owner.getScene() == null ? null : owner.getScene().getWindow();
    }

    private static MenuItem item(String id, String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }
}
