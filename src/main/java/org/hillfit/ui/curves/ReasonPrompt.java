/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.curves;

import java.util.Optional;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;

/** A one-line question for a reason (why reject, why mask), answered with Enter. */
final class ReasonPrompt {
    private ReasonPrompt() {}

    /** The reason typed, or empty when cancelled. */
    static Optional<String> ask(Window owner, String title, String question, String suggestion) {
        TextInputDialog dialog = new TextInputDialog(suggestion);
        dialog.setTitle(title);
        dialog.setHeaderText(question);
        dialog.setContentText("Reason");
        if (owner != null) {
            dialog.initOwner(owner);
        }
        return dialog.showAndWait().map(String::strip);
    }
}
