/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.project;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.hillfit.project.AnalysisSession;
import org.hillfit.ui.session.FileDialogs;
import org.hillfit.ui.session.SessionEditor;
import org.hillfit.ui.session.SessionModel;

/**
 * Shown when an opened project's inputs moved, vanished or changed: each with what was found, "Use the copy
 * found" for a moved one, "Relink…" to point it at its new place (the content is checked: same SHA-256), and "Keep
 * embedded data" to go on with the values the project holds. A relink is an edit: one undo step, one audit entry.
 */
final class MovedInputsDialog {
    private final Stage stage = new Stage();
    private final MovedInputsViewModel viewModel;
    private final SessionEditor editor;
    private final FileDialogs dialogs;

    MovedInputsDialog(MovedInputsViewModel viewModel, SessionModel model, SessionEditor editor, FileDialogs dialogs) {
        this.viewModel = viewModel;
        this.editor = editor;
        this.dialogs = dialogs;
        ChangeListener<AnalysisSession> follow = (o, a, session) -> {
            if (session != null) {
                viewModel.follow(session);
            }
        };
        model.sessionProperty().addListener(follow);
        stage.setOnHidden(e -> model.sessionProperty().removeListener(follow));
        BorderPane root = new BorderPane();
        root.setTop(header());
        ScrollPane list = new ScrollPane(rows());
        list.setFitToWidth(true);
        list.getStyleClass().add("edge-to-edge");
        root.setCenter(list);
        root.setBottom(footer());
        root.getStyleClass().add("moved-inputs");
        Rectangle2D screen = Screen.getPrimary().getVisualBounds(); // many moved files scroll, never run off screen
        stage.setScene(new Scene(
                root,
                Math.min(820, screen.getWidth() - 16),
                Math.min(130 + 44.0 * viewModel.rows().size(), screen.getHeight() - 48)));
        stage.setTitle("Input files moved — Hillfit");
    }

    /** Shows the dialog over the main window, styled like it. */
    void show(Window owner) {
        if (owner != null) {
            stage.initOwner(owner);
            stage.getScene().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.show();
    }

    private VBox header() {
        Label title = new Label(viewModel.headline());
        title.getStyleClass().add("dialog-title");
        Label text = new Label("The analysis is complete: the project holds the values read when it was analysed. "
                + "Relink a file to record where it is now; Hillfit checks that it is the same file.");
        text.setWrapText(true);
        text.getStyleClass().add("muted");
        VBox box = new VBox(4, title, text);
        box.setPadding(new Insets(14, 16, 8, 16));
        return box;
    }

    private GridPane rows() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(4, 16, 8, 16));
        int r = 0;
        for (MovedInputsViewModel.Row row : viewModel.rows()) {
            Label name = new Label(row.name());
            name.getStyleClass().add("section-title");
            name.setMinWidth(Region.USE_PREF_SIZE);
            Label state = new Label();
            state.textProperty().bind(row.stateProperty());
            state.setTooltip(new Tooltip(row.check().message()));
            state.setWrapText(true);
            GridPane.setHgrow(state, Priority.ALWAYS);
            Button relink = new Button("Relink…");
            relink.setId("relink-" + row.check().input());
            relink.setMinWidth(Region.USE_PREF_SIZE);
            relink.setOnAction(e -> choose(row));
            HBox actions = new HBox(6, relink);
            row.found().ifPresent(found -> {
                Button use = new Button("Use the copy found");
                use.setMinWidth(Region.USE_PREF_SIZE);
                use.setOnAction(e -> relink(row, found));
                use.disableProperty().bind(row.relinkedProperty());
                actions.getChildren().add(0, use);
            });
            actions.setAlignment(Pos.CENTER_RIGHT);
            grid.addRow(r++, name, state, actions);
        }
        return grid;
    }

    private HBox footer() {
        Button keep = new Button("Keep embedded data");
        keep.setId("keep-embedded");
        keep.setDefaultButton(true);
        keep.setTooltip(
                new Tooltip("Go on with the values the project holds; the inputs stay recorded where they" + " were"));
        keep.setOnAction(e -> stage.close());
        HBox box = new HBox(keep);
        box.setAlignment(Pos.CENTER_RIGHT);
        box.setPadding(new Insets(10, 16, 14, 16));
        box.getStyleClass().add("dialog-footer");
        return box;
    }

    private void choose(MovedInputsViewModel.Row row) {
        Path start = row.found()
                .map(Path::getParent)
                .or(() -> Optional.ofNullable(row.check().record().path().getParent()))
                .orElse(Path.of(System.getProperty("user.home")));
        Optional<Path> chosen = row.isFolder()
                ? dialogs.folder("Where is " + row.name() + " now?", start)
                : dialogs.openFile("Where is " + row.name() + " now?", start, List.of());
        chosen.ifPresent(path -> relink(row, path));
    }

    private void relink(MovedInputsViewModel.Row row, Path path) {
        int input = row.check().input();
        editor.submit(h -> h.push(h.present().relinkInput(input, path)));
    }
}
