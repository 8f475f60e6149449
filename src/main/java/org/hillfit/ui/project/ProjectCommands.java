/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.project;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.hillfit.project.AnalysisSession;
import org.hillfit.project.OpenedProject;
import org.hillfit.project.ProjectStore;
import org.hillfit.project.Recovery;
import org.hillfit.project.ReviewContext;
import org.hillfit.ui.session.Counted;
import org.hillfit.ui.session.Feedback;
import org.hillfit.ui.session.FileDialogs;
import org.hillfit.ui.session.SessionEditor;
import org.hillfit.ui.session.SessionModel;
import org.hillfit.ui.settings.SettingsStore;
import org.hillfit.ui.task.FxJobRunner;

/**
 * Open, Save and Save As for {@code .hillfit} projects, in the background. Opening offers a newer autosave (left by a
 * crash), lists inputs that moved or changed with Relink… and Keep embedded data ({@link MovedInputsDialog}), and
 * reports an audit trail edited outside Hillfit; saving adds the project to the recent list.
 */
public final class ProjectCommands {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm");
    private static final List<String> FILTER = List.of("Hillfit projects", "*" + ProjectStore.EXTENSION);

    /**
     * What the commands use.
     *
     * @param store project files
     * @param context who edits opened projects
     * @param owner the main window (dialogs' owner)
     * @param autosaver the autosave of the session shown
     * @param editor applies relinks of moved inputs to the session shown
     */
    public record Services(
            ProjectStore store,
            ReviewContext context,
            Supplier<Window> owner,
            Autosaver autosaver,
            SessionEditor editor) {}

    private final Services services;
    private final SessionModel model;
    private final FxJobRunner jobs;
    private final SettingsStore settings;
    private final FileDialogs dialogs;
    private final Feedback feedback;

    public ProjectCommands(
            Services services,
            SessionModel model,
            FxJobRunner jobs,
            SettingsStore settings,
            FileDialogs dialogs,
            Feedback feedback) {
        this.services = services;
        this.model = model;
        this.jobs = jobs;
        this.settings = settings;
        this.dialogs = dialogs;
        this.feedback = feedback;
    }

    /** Asks for a project and opens it. */
    public void open() {
        dialogs.openFile("Open a Hillfit project", folder(), FILTER).ifPresent(this::open);
    }

    /** Opens a project, offering its autosave when that is newer. */
    public void open(Path file) {
        jobs.submit(
                "Checking " + file.getFileName(),
                (sink, token) -> services.store().recoverable(file),
                recovery -> recovery.ifPresentOrElse(r -> offer(file, r), () -> read(file, file, false)),
                message -> feedback.problem("Could not open the project", message));
    }

    /** Opens the autosave of a session never saved (offered on the start screen). */
    public void recoverUntitled() {
        Path untitled = services.autosaver().untitled();
        read(ProjectStore.autosavePath(untitled), null, true);
    }

    /** Saves to the project file, or asks for one; then runs {@code after}. */
    public void save(Runnable after) {
        Path file = model.projectFileProperty().get();
        if (file == null) {
            saveAs(after);
        } else {
            write(file, after);
        }
    }

    /** Asks for a file, saves there, then runs {@code after}. */
    public void saveAs(Runnable after) {
        if (model.current().isEmpty()) {
            return;
        }
        String suggested = model.projectFileProperty().get() == null
                ? "analysis" + ProjectStore.EXTENSION
                : String.valueOf(model.projectFileProperty().get().getFileName());
        dialogs.saveFile("Save the project", folder(), suggested, FILTER)
                .map(ProjectCommands::withExtension)
                .ifPresent(file -> write(file, after));
    }

    private void write(Path file, Runnable after) {
        Optional<AnalysisSession> session = model.current();
        if (session.isEmpty()) {
            return;
        }
        boolean wasUntitled = model.projectFileProperty().get() == null;
        AnalysisSession saved = session.get();
        jobs.submit(
                "Saving " + file.getFileName(),
                (sink, token) -> {
                    services.store().save(saved, file);
                    return file;
                },
                written -> {
                    if (model.current().orElse(null) == saved) {
                        model.markSaved(written);
                    }
                    if (wasUntitled) {
                        services.autosaver().discardUntitled();
                    }
                    remember(written);
                    feedback.status("Saved " + written);
                    after.run();
                },
                message -> feedback.problem("Could not save the project", file + ": " + message));
    }

    private void offer(Path project, Recovery recovery) {
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION);
        ask.initOwner(services.owner().get());
        ask.setTitle("Recover unsaved changes");
        ask.setHeaderText("Hillfit autosaved changes to " + project.getFileName() + " that were never saved.");
        ask.setContentText("The autosave is from "
                + TIME.format(recovery.autosavedAt().atZone(ZoneId.systemDefault()))
                + recovery.projectSavedAt()
                        .map(t -> "; the project was last saved " + TIME.format(t.atZone(ZoneId.systemDefault())))
                        .orElse("")
                + ". Recover the changes?");
        ButtonType recover = new ButtonType("Recover changes", ButtonBar.ButtonData.YES);
        ButtonType saved = new ButtonType("Open the saved project", ButtonBar.ButtonData.NO);
        ask.getButtonTypes().setAll(recover, saved, ButtonType.CANCEL);
        ask.showAndWait().ifPresent(choice -> {
            if (choice == recover) {
                read(recovery.autosave(), project, true);
            } else if (choice == saved) {
                read(project, project, false);
            }
        });
    }

    /** Opens {@code file} as the project {@code project} (null: untitled); {@code recovered} marks it changed. */
    private void read(Path file, Path project, boolean recovered) {
        jobs.submit(
                "Opening " + (project == null ? "the recovered session" : project.getFileName()),
                (sink, token) -> services.store().open(file, services.context()),
                opened -> {
                    String name = project == null ? "Recovered session" : String.valueOf(project.getFileName());
                    model.load(opened.session(), Optional.ofNullable(project), name);
                    if (recovered) {
                        model.markChanged();
                    }
                    if (project != null) {
                        remember(project);
                    }
                    report(opened, name);
                },
                message -> {
                    if (project != null) {
                        settings.update(s -> s.withoutRecentProject(project.toString()));
                    }
                    feedback.problem("Could not open the project", message);
                });
    }

    private void report(OpenedProject opened, String name) {
        if (!opened.problems().isEmpty()) {
            MovedInputsViewModel moved = new MovedInputsViewModel(opened.problems());
            new MovedInputsDialog(moved, model, services.editor(), dialogs)
                    .show(services.owner().get());
        }
        List<String> notes = new ArrayList<>();
        opened.auditWarning().ifPresent(notes::add);
        if (opened.wasMigrated()) {
            notes.add("the project was written by an older Hillfit; saving it writes the current format");
        }
        if (notes.isEmpty()) {
            int moved = opened.problems().size();
            feedback.status("Opened " + name + ": "
                    + Counted.of(opened.session().plates().size(), "plate")
                    + (moved == 0
                            ? ""
                            : "; " + Counted.of(moved, "input file")
                                    + " not where recorded: the embedded values are used"));
        } else {
            feedback.problem("Opened " + name + " with notes", "• " + String.join("\n• ", notes));
        }
    }

    private void remember(Path project) {
        Path absolute = project.toAbsolutePath();
        String folder = absolute.getParent() == null ? "" : absolute.getParent().toString();
        settings.update(s -> s.withRecentProject(absolute.toString(), folder));
    }

    private Path folder() {
        String folder = settings.current().projectFolder();
        return folder.isEmpty() ? Path.of(System.getProperty("user.home")) : Path.of(folder);
    }

    private static Path withExtension(Path file) {
        String name = String.valueOf(file.getFileName());
        return name.endsWith(ProjectStore.EXTENSION) ? file : file.resolveSibling(name + ProjectStore.EXTENSION);
    }
}
