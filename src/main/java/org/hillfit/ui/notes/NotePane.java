/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.notes;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.hillfit.project.Note;
import org.hillfit.ui.session.ReviewActions;

/**
 * The notes on the plate or curve shown, oldest first, with "Add note…". Notes are appended to the session (one
 * undo step, one audit entry) and never edited.
 */
public final class NotePane {
    private final ReviewActions actions;
    private final VBox lines = new VBox(4);
    private final Button add = new Button("Add note…");
    private final Supplier<Optional<String>> target;
    private final VBox root;

    /**
     * @param target what a new note is about: the plate or curve shown now ("TYK2 / TYK2-P1 / HF-003")
     * @param id the add button's id ("curve-add-note", "plate-add-note")
     */
    public NotePane(ReviewActions actions, Supplier<Optional<String>> target, String id) {
        this.actions = actions;
        this.target = target;
        Label title = new Label("Notes");
        title.getStyleClass().add("section-title");
        add.setId(id);
        add.setTooltip(new Tooltip("Write a note: it is saved with the project and listed in the audit trail"));
        add.setOnAction(e -> ask());
        add.getStyleClass().add("small-button");
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox header = new HBox(6, title, spring, add);
        header.setAlignment(Pos.CENTER_LEFT);
        root = new VBox(4, header, lines);
        root.getStyleClass().add("note-pane");
        show(List.of());
    }

    /** The pane. */
    public Node node() {
        return root;
    }

    /** Shows the notes about the plate or curve shown (call when it or its notes change). */
    public void show(List<Note> notes) {
        add.setDisable(target.get().isEmpty());
        lines.getChildren().clear();
        if (notes.isEmpty()) {
            Label none = new Label("none");
            none.getStyleClass().add("muted");
            lines.getChildren().add(none);
        }
        for (Note note : notes) {
            Label line = new Label(NoteText.line(note, ZoneId.systemDefault()));
            line.setWrapText(true);
            line.getStyleClass().add("note-line");
            lines.getChildren().add(line);
        }
    }

    /** Asks for a note and adds it to the target shown. */
    public void ask() {
        target.get().ifPresent(about -> NotePrompt.ask(
                        root.getScene() == null ? null : root.getScene().getWindow(), about)
                .ifPresent(text -> actions.addNote(about, text)));
    }
}
