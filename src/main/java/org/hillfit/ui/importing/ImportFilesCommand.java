/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.importing;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.Window;
import org.hillfit.io.ImporterRegistry;
import org.hillfit.project.AnalysisPipeline;
import org.hillfit.project.LayoutTemplateStore;
import org.hillfit.project.ReviewContext;
import org.hillfit.project.SessionImport;
import org.hillfit.ui.session.ChangeGuard;
import org.hillfit.ui.session.Feedback;
import org.hillfit.ui.session.FileDialogs;
import org.hillfit.ui.session.SessionModel;
import org.hillfit.ui.settings.SettingsStore;
import org.hillfit.ui.task.FxJobRunner;

/**
 * "Open exports…": opens the import dialog (empty, or with files dropped or named on the command line), and loads the
 * imported session into the workbench. The dialog shows each file's detected format, lets the user change formats,
 * assay names and the layout, runs the import in the background and lists the files that failed.
 */
public final class ImportFilesCommand {

    /**
     * What the import needs from the workbench.
     *
     * @param owner the main window
     * @param pipeline the analysis pipeline
     * @param registry the importers (for detection)
     * @param templates the user's layout templates
     * @param context who imports
     */
    public record Services(
            Supplier<Window> owner,
            AnalysisPipeline pipeline,
            ImporterRegistry registry,
            LayoutTemplateStore templates,
            ReviewContext context) {}

    private final Services services;
    private final SessionModel model;
    private final FxJobRunner jobs;
    private final SettingsStore settings;
    private final FileDialogs dialogs;
    private final Feedback feedback;
    private final ChangeGuard guard;
    private Optional<ImportDialog> open = Optional.empty();

    public ImportFilesCommand(
            Services services,
            SessionModel model,
            FxJobRunner jobs,
            SettingsStore settings,
            FileDialogs dialogs,
            Feedback feedback,
            ChangeGuard guard) {
        this.services = services;
        this.model = model;
        this.jobs = jobs;
        this.settings = settings;
        this.dialogs = dialogs;
        this.feedback = feedback;
        this.guard = guard;
    }

    /** Opens the dialog and asks for files at once. */
    public void run() {
        ImportDialog dialog = show(List.of());
        dialog.addFiles();
    }

    /** Opens the dialog with these files and folders already listed. */
    public ImportDialog show(List<Path> paths) {
        ImportDialog dialog = open.filter(ImportDialog::isShowing).orElseGet(this::create);
        open = Optional.of(dialog);
        dialog.show();
        if (!paths.isEmpty()) {
            dialog.add(paths);
        }
        return dialog;
    }

    /** The dialog open now, if any (tests, the screenshot tour). */
    public Optional<ImportDialog> dialog() {
        return open.filter(ImportDialog::isShowing);
    }

    private ImportDialog create() {
        return new ImportDialog(this, new ImportViewModel());
    }

    // ---- services for the dialog

    Window owner() {
        return services.owner().get();
    }

    FxJobRunner jobs() {
        return jobs;
    }

    FileDialogs dialogs() {
        return dialogs;
    }

    FormatDetection detection() {
        return new FormatDetection(services.registry());
    }

    LayoutTemplateStore templates() {
        return services.templates();
    }

    ImportJob job() {
        return new ImportJob(
                services.pipeline(), services.templates(), settings.current().analysisSettings(), services.context());
    }

    Path importFolder() {
        String folder = settings.current().importFolder();
        return folder.isEmpty() ? Path.of(System.getProperty("user.home")) : Path.of(folder);
    }

    void rememberFolder(Path folder) {
        settings.update(s -> s.withImportFolder(folder.toString()));
    }

    /** Runs the import once unsaved changes of the open session are dealt with. */
    void whenSafe(Runnable importNow) {
        guard.thenRun(importNow);
    }

    /** Shows an imported session. */
    void imported(SessionImport outcome, String name) {
        outcome.session().ifPresent(session -> model.load(session, Optional.empty(), name));
    }

    Feedback feedback() {
        return feedback;
    }
}
