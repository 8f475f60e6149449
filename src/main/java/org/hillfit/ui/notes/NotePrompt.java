/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.notes;

import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

/** Asks for a note of a few lines about a plate or a curve; OK stays off while it is blank. */
final class NotePrompt {
    private NotePrompt() {}

    /** The note written, stripped, or empty when cancelled. */
    static Optional<String> ask(Window owner, String about) {
        Dialog<String> dialog = new Dialog<>();
        dialog.setTitle("Add a note");
        dialog.setHeaderText("Note on " + about + "\nIt is saved with the project and listed in the audit trail.");
        TextArea text = new TextArea();
        text.setId("note-text");
        text.setPrefRowCount(4);
        text.setPrefColumnCount(40);
        text.setWrapText(true);
        text.setPromptText("e.g. lid fogged; re-read at 14:10");
        dialog.getDialogPane().setContent(text);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane()
                .lookupButton(ButtonType.OK)
                .disableProperty()
                .bind(text.textProperty().map(String::isBlank).orElse(true));
        dialog.setResultConverter(
                button -> button == ButtonType.OK ? text.getText().strip() : null);
        if (owner != null) {
            dialog.initOwner(owner);
        }
        Platform.runLater(text::requestFocus);
        return dialog.showAndWait().filter(s -> !s.isBlank());
    }
}
