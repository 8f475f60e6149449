/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.app;

import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.stage.Window;
import org.hillfit.ui.session.Feedback;

/** Status messages go to the status bar; problems also open a dialog that does not block the window. */
final class FxFeedback implements Feedback {
    private final StatusBar bar;
    private final Supplier<Window> owner;

    FxFeedback(StatusBar bar, Supplier<Window> owner) {
        this.bar = bar;
        this.owner = owner;
    }

    @Override
    public void status(String message) {
        bar.show(message);
    }

    @Override
    public void problem(String title, String message) {
        bar.show(title + ": " + message.lines().findFirst().orElse(""));
        Alert alert = new Alert(Alert.AlertType.WARNING);
        Window window = owner.get();
        if (window != null) {
            alert.initOwner(window);
        }
        alert.setTitle(title);
        alert.setHeaderText(title);
        if (message.length() > 300 || message.lines().count() > 4) {
            TextArea text = new TextArea(message);
            text.setEditable(false);
            text.setWrapText(true);
            text.setPrefRowCount(10);
            alert.getDialogPane().setContent(text);
        } else {
            alert.setContentText(message);
        }
        alert.getDialogPane().setId("problem-dialog");
        alert.show();
    }
}
