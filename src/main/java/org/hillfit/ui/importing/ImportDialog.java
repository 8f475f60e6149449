/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.importing;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.hillfit.project.SessionImport;
import org.hillfit.ui.session.Counted;

/**
 * The import dialog: the files with their detected formats (changeable), assay names (editable), the layout from a
 * file, a saved template or a dilution rule, and a progress bar with cancel. Files that fail are marked with the
 * reason; the others are imported. Files and folders can be dropped onto it.
 */
public final class ImportDialog {
    private final ImportFilesCommand command;
    private final ImportViewModel viewModel;
    private final Stage stage = new Stage();
    private final ProgressBar progress = new ProgressBar(0);
    private final Label status = new Label();
    private final Button importButton = new Button("Import");
    private final Button cancel = new Button("Cancel import");
    private Task<?> running;

    ImportDialog(ImportFilesCommand command, ImportViewModel viewModel) {
        this.command = command;
        this.viewModel = viewModel;
        BorderPane root = new BorderPane();
        root.setTop(header());
        root.setCenter(files());
        root.setBottom(new VBox(new LayoutChooser(command, viewModel, status::setText).node(), footer()));
        root.getStyleClass().add("import-dialog");
        Rectangle2D screen = Screen.getPrimary().getVisualBounds(); // leave room for the title bar on 1024 × 700
        Scene scene = new Scene(root, Math.min(1000, screen.getWidth() - 16), Math.min(680, screen.getHeight() - 48));
        if (command.owner() != null && command.owner().getScene() != null) {
            scene.getStylesheets().setAll(command.owner().getScene().getStylesheets());
            stage.initOwner(command.owner());
        }
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            boolean files = e.getDragboard().hasFiles();
            if (files) {
                add(e.getDragboard().getFiles().stream()
                        .map(java.io.File::toPath)
                        .toList());
            }
            e.setDropCompleted(files);
            e.consume();
        });
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE && running == null) {
                stage.close();
            }
        });
        stage.setScene(scene);
        stage.setTitle("Open exports — Hillfit");
        stage.initModality(Modality.WINDOW_MODAL);
    }

    /** The dialog's model (tests add files to it directly). */
    public ImportViewModel viewModel() {
        return viewModel;
    }

    /** The window. */
    public Stage stage() {
        return stage;
    }

    boolean isShowing() {
        return stage.isShowing();
    }

    void show() {
        stage.show();
        stage.toFront();
    }

    /** Asks for files to add. */
    void addFiles() {
        List<Path> chosen =
                command.dialogs().openFiles("Open plate-reader or flow exports", command.importFolder(), List.of());
        if (!chosen.isEmpty()) {
            command.rememberFolder(chosen.get(0).toAbsolutePath().getParent());
            add(chosen);
        }
    }

    private void addFolder() {
        command.dialogs()
                .folder("Open a folder of exports", command.importFolder())
                .ifPresent(folder -> {
                    command.rememberFolder(folder);
                    add(List.of(folder));
                });
    }

    /** Sorts and lists files and folders, then detects their formats, in the background. */
    public void add(List<Path> paths) {
        command.jobs()
                .submit(
                        "Looking at the files",
                        (sink, token) -> DroppedFiles.of(paths),
                        files -> detect(viewModel.add(files)),
                        message -> status.setText(message));
    }

    private void detect(List<ImportFileRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        List<Path> paths = rows.stream().map(ImportFileRow::path).toList();
        FormatDetection detection = command.detection();
        command.jobs()
                .submit(
                        "Recognising formats",
                        (sink, token) -> detection.detect(paths, sink, token),
                        (Map<Path, FormatDetection.Result> found) ->
                                rows.forEach(row -> row.detected(found.get(row.path()))),
                        message -> status.setText(message));
    }

    private VBox header() {
        Label title = new Label("Open plate-reader or flow exports");
        title.getStyleClass().add("dialog-title");
        Label hint = new Label("Each file's format is recognised from its content; change it if needed. Plates get "
                + "the assay named here (from the file name up to the first dot). Drop more files or folders here.");
        hint.setWrapText(true);
        hint.getStyleClass().add("muted");
        VBox box = new VBox(4, title, hint);
        box.setPadding(new Insets(14, 16, 8, 16));
        return box;
    }

    private VBox files() {
        TableView<ImportFileRow> table = ImportTable.create(viewModel.rows());
        Button add = new Button("Add files…");
        add.setOnAction(e -> addFiles());
        Button folder = new Button("Add folder…");
        folder.setOnAction(e -> addFolder());
        Button remove = new Button("Remove");
        remove.disableProperty()
                .bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e ->
                viewModel.rows().removeAll(List.copyOf(table.getSelectionModel().getSelectedItems())));
        HBox buttons = new HBox(6, add, folder, remove);
        buttons.getChildren().forEach(b -> b.setFocusTraversable(false)); // Enter in the dialog imports
        VBox box = new VBox(6, buttons, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        box.setPadding(new Insets(0, 16, 8, 16));
        return box;
    }

    private HBox footer() {
        Label problem = new Label();
        problem.textProperty().bind(viewModel.problemProperty());
        problem.getStyleClass().add("muted");
        status.setId("import-status");
        status.setWrapText(true);
        progress.setVisible(false);
        progress.setPrefWidth(180);
        cancel.setVisible(false);
        cancel.setOnAction(e -> {
            if (running != null) {
                running.cancel();
            }
        });
        importButton.setId("run-import");
        importButton.setDefaultButton(true);
        importButton.getStyleClass().add("accent-button");
        importButton.disableProperty().bind(viewModel.problemProperty().isNotEmpty());
        importButton.setOnAction(e -> viewModel.plan().ifPresent(plan -> command.whenSafe(() -> start(plan))));
        Button close = new Button("Close");
        close.setCancelButton(true);
        for (Button b : List.of(importButton, cancel, close)) {
            b.setMinWidth(Region.USE_PREF_SIZE); // a long status line wraps; the buttons keep their words
        }
        close.setOnAction(e -> stage.close());
        close.disableProperty().bind(cancel.visibleProperty());
        VBox messages = new VBox(2, problem, status);
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox box = new HBox(10, messages, spring, progress, cancel, importButton, close);
        box.setAlignment(Pos.CENTER_RIGHT);
        box.setPadding(new Insets(10, 16, 14, 16));
        box.getStyleClass().add("dialog-footer");
        return box;
    }

    private void start(ImportPlan plan) {
        ImportJob job = command.job();
        long started = System.nanoTime();
        status.setText("");
        Task<SessionImport> task = command.jobs()
                .submit(
                        "Importing " + Counted.of(plan.rows().size(), "file"),
                        (sink, token) -> job.run(plan, sink, token),
                        outcome -> finished(plan, outcome, (System.nanoTime() - started) / 1e9),
                        message -> {
                            idle();
                            status.setText(message);
                        });
        running = task;
        progress.progressProperty().bind(task.progressProperty());
        progress.setVisible(true);
        cancel.setVisible(true);
        task.setOnCancelled(e -> {
            idle();
            status.setText("Import cancelled; nothing was changed.");
        });
    }

    private void finished(ImportPlan plan, SessionImport outcome, double seconds) {
        idle();
        String summary =
                viewModel.finished(plan, outcome) + String.format(java.util.Locale.ROOT, " in %.1f s", seconds);
        command.imported(outcome, name(plan));
        status.setText(summary);
        command.feedback().status(summary);
        if (outcome.failures().isEmpty()) {
            stage.close();
        }
    }

    private void idle() {
        running = null;
        progress.progressProperty().unbind();
        progress.setVisible(false);
        cancel.setVisible(false);
    }

    private static String name(ImportPlan plan) {
        Path first = plan.rows().get(0).path().toAbsolutePath();
        Path folder = first.getParent();
        String where = folder == null || folder.getFileName() == null ? "" : folder.getFileName() + " · ";
        return where + Counted.of(plan.rows().size(), "file");
    }
}
