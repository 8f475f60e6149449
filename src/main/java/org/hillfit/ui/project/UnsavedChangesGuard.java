/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.project;

import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.hillfit.ui.session.ChangeGuard;
import org.hillfit.ui.session.SessionModel;

/** Asks "Save changes to …?" (Save, Don't save, Cancel) before unsaved changes would be lost. */
public final class UnsavedChangesGuard implements ChangeGuard {
    private final SessionModel model;
    private final ProjectCommands projects;
    private final Autosaver autosaver;
    private final Supplier<Window> owner;

    public UnsavedChangesGuard(
            SessionModel model, ProjectCommands projects, Autosaver autosaver, Supplier<Window> owner) {
        this.model = model;
        this.projects = projects;
        this.autosaver = autosaver;
        this.owner = owner;
    }

    @Override
    public void thenRun(Runnable action) {
        if (model.current().isEmpty() || !model.dirtyProperty().get()) {
            action.run();
            return;
        }
        Alert ask = new Alert(Alert.AlertType.WARNING);
        ask.initOwner(owner.get());
        ask.setTitle("Unsaved changes");
        ask.setHeaderText("Save the changes to " + model.nameProperty().get() + "?");
        ask.setContentText("Your masks, decisions and notes since the last save are lost if you don't save them.");
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't save", ButtonBar.ButtonData.NO);
        ask.getButtonTypes().setAll(save, discard, ButtonType.CANCEL);
        ask.showAndWait().ifPresent(choice -> {
            if (choice == save) {
                projects.save(action);
            } else if (choice == discard) {
                autosaver.discard();
                action.run();
            }
        });
    }
}
