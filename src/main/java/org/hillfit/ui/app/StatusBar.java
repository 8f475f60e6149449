/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.app;

import javafx.beans.binding.Bindings;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.hillfit.project.AnalysisSession;
import org.hillfit.project.SessionPlate;
import org.hillfit.ui.session.SessionModel;
import org.hillfit.ui.task.FxJobRunner;

/**
 * The status bar: the last thing that happened ("masked C05 … — HF-001 TYK2: 1.95 → 2.38 nM"), what is loaded
 * (plates, curves, masks, decisions), whether there are unsaved changes, and the running task with its progress
 * and a cancel button.
 */
final class StatusBar {
    private final Label message = new Label("Ready");
    private final Label loaded = new Label();
    private final Label changed = new Label("Unsaved changes");
    private final ProgressBar progress = new ProgressBar(0);
    private final Label taskLabel = new Label();
    private final Button cancel = new Button("Cancel");
    private final HBox root;
    private final java.util.List<Task<?>> running = new java.util.ArrayList<>();
    private Task<?> shown;

    StatusBar(SessionModel model, FxJobRunner jobs) {
        message.setId("status-message");
        message.setMinWidth(120);
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);
        loaded.setId("status-loaded");
        loaded.getStyleClass().add("muted");
        changed.getStyleClass().add("unsaved");
        changed.visibleProperty().bind(model.dirtyProperty());
        changed.managedProperty().bind(changed.visibleProperty());
        changed.setTooltip(new Tooltip("Save the project (Ctrl+S) to keep masks, decisions and notes"));
        loaded.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> describe(model.sessionProperty().get()), model.sessionProperty()));
        progress.setPrefWidth(160);
        taskLabel.getStyleClass().add("muted");
        cancel.getStyleClass().add("small-button");
        for (Node n : new Node[] {progress, taskLabel, cancel}) {
            n.setVisible(false);
            n.managedProperty().bind(n.visibleProperty());
        }
        cancel.setOnAction(e -> {
            if (shown != null) {
                shown.cancel();
            }
        });
        jobs.latestTask().addListener((o, a, task) -> track(task));
        Region gap = new Region();
        gap.setMinWidth(12);
        root = new HBox(10, message, taskLabel, progress, cancel, gap, loaded, changed);
        root.setAlignment(Pos.CENTER_LEFT);
        root.setPadding(new Insets(4, 10, 4, 10));
        root.getStyleClass().add("status-bar");
    }

    Node node() {
        return root;
    }

    /** Shows a message. */
    void show(String text) {
        message.setText(text);
        message.setTooltip(text.length() > 80 ? new Tooltip(text) : null);
    }

    /** Shows the newest task still running; when it ends, the one before it (if still running). */
    private void track(Task<?> task) {
        if (task == null) {
            return;
        }
        running.add(task);
        show(task);
        task.stateProperty().addListener((o, old, state) -> {
            boolean done =
                    state == Worker.State.SUCCEEDED || state == Worker.State.FAILED || state == Worker.State.CANCELLED;
            if (!done) {
                return;
            }
            running.remove(task);
            if (state == Worker.State.CANCELLED) {
                show("Cancelled — nothing was changed or written");
            }
            if (shown == task) {
                if (running.isEmpty()) {
                    hide();
                } else {
                    show(running.get(running.size() - 1));
                }
            }
        });
    }

    private void show(Task<?> task) {
        shown = task;
        progress.progressProperty().bind(task.progressProperty());
        taskLabel.textProperty().bind(task.messageProperty());
        setBusy(true);
    }

    private void hide() {
        shown = null;
        progress.progressProperty().unbind();
        taskLabel.textProperty().unbind();
        setBusy(false);
    }

    private void setBusy(boolean busy) {
        progress.setVisible(busy);
        taskLabel.setVisible(busy);
        cancel.setVisible(busy);
    }

    private static String describe(AnalysisSession session) {
        if (session == null) {
            return "Nothing open";
        }
        int masks = session.plates().stream().mapToInt(p -> p.masks().size()).sum();
        int decisions =
                session.plates().stream().mapToInt(p -> p.decisions().size()).sum();
        long assays =
                session.plates().stream().map(SessionPlate::assay).distinct().count();
        return count(session.plates().size(), "plate") + " · " + count(assays, "assay") + " · "
                + count(session.result().curves().size(), "curve") + " · " + masks + " masked by you · " + decisions
                + " reviewed";
    }

    /** "1 plate", "6 plates". */
    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
