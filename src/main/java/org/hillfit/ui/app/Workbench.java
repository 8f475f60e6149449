/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.geometry.Dimension2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.hillfit.report.CurveImageExporter;
import org.hillfit.ui.curves.CurvesView;
import org.hillfit.ui.curves.ThumbnailCache;
import org.hillfit.ui.export.ExportCommands;
import org.hillfit.ui.importing.DroppedFiles;
import org.hillfit.ui.importing.ImportFilesCommand;
import org.hillfit.ui.plate.PlatesView;
import org.hillfit.ui.project.Autosaver;
import org.hillfit.ui.project.ProjectCommands;
import org.hillfit.ui.project.UnsavedChangesGuard;
import org.hillfit.ui.reference.ReferenceView;
import org.hillfit.ui.results.ReplicatesView;
import org.hillfit.ui.results.ResultsView;
import org.hillfit.ui.results.SelectivityView;
import org.hillfit.ui.session.Feedback;
import org.hillfit.ui.session.FileDialogs;
import org.hillfit.ui.session.Page;
import org.hillfit.ui.session.ReviewActions;
import org.hillfit.ui.session.SessionEditor;
import org.hillfit.ui.session.SessionModel;

/**
 * The workbench for one window, wired from {@link WorkbenchServices}: the shared {@link SessionModel}, the editor
 * that refits in the background, the pages, the commands and the window. The accessors serve tests and the
 * screenshot tour.
 */
public final class Workbench {
    private final Stage stage;
    private final WorkbenchServices services;
    private final SessionModel model = new SessionModel();
    private final StatusBar statusBar;
    private final Feedback feedback;
    private final ReviewActions actions;
    private final Autosaver autosaver;
    private final ProjectCommands projects;
    private final UnsavedChangesGuard guard;
    private final ImportFilesCommand importer;
    private final ExportCommands exports;
    private final SampleCommand sample;
    private final SessionEditor editor;
    private final Pages views;
    private final MainWindow window;
    private final StartView start;
    private final WindowState windowState;

    private Workbench(Stage stage, WorkbenchServices services, FileDialogs dialogs) {
        this.stage = stage;
        this.services = services;
        this.statusBar = new StatusBar(model, services.jobs());
        this.feedback = new FxFeedback(statusBar, this::owner);
        this.editor = new SessionEditor(model, services.threads().edits(), Platform::runLater, feedback);
        this.actions = new ReviewActions(model, editor, feedback);
        this.autosaver =
                new Autosaver(model, services.projects(), services.threads().io(), services.untitledProject(), 5_000);
        this.projects = new ProjectCommands(
                new ProjectCommands.Services(services.projects(), services.context(), this::owner, autosaver, editor),
                model,
                services.jobs(),
                services.settings(),
                dialogs,
                feedback);
        this.guard = new UnsavedChangesGuard(model, projects, autosaver, this::owner);
        this.importer = new ImportFilesCommand(
                new ImportFilesCommand.Services(
                        this::owner,
                        services.pipeline(),
                        services.registry(),
                        services.templates(),
                        services.context()),
                model,
                services.jobs(),
                services.settings(),
                dialogs,
                feedback,
                guard);
        this.sample = new SampleCommand(services, model, feedback, guard);
        ThumbnailCache thumbnails = new ThumbnailCache(
                services.threads().thumbnails(),
                Platform::runLater,
                new Dimension2D(176, 116),
                Screen.getPrimary().getOutputScaleX(),
                800);
        this.views = Pages.create(model, actions, feedback, thumbnails, this::show);
        this.exports = new ExportCommands(
                model, services.jobs(), services.settings(), dialogs, feedback, () -> views.selectivity()
                        .viewModel()
                        .primaryProperty()
                        .get());
        this.start = new StartView(new StartView.Actions(
                importer::run,
                () -> guard.thenRun(projects::open),
                sample::run,
                p -> guard.thenRun(() -> projects.open(p)),
                () -> guard.thenRun(projects::recoverUntitled)));
        MainMenu menu = new MainMenu(commands(), model);
        RecentProjectsMenu recent = new RecentProjectsMenu(
                () -> services.settings().current().recentProjects(),
                p -> guard.thenRun(() -> projects.open(p)),
                () -> {
                    services.settings().update(s -> s.withoutRecentProjects());
                    start.showRecent(List.of());
                });
        this.window = new MainWindow(
                menu.menuBar(new AnalysisMenu(model, editor, services.settings()).create(), recent),
                menu.toolBar(),
                start.node(),
                statusBar.node());
        this.windowState = new WindowState(services.settings());
    }

    /**
     * Builds the workbench in a stage and shows it.
     *
     * @param dialogs the file choosers (tests pass their own)
     * @param arguments files, folders or a project to open (from the command line)
     */
    public static Workbench show(Stage stage, WorkbenchServices services, FileDialogs dialogs, List<String> arguments) {
        Workbench workbench = new Workbench(stage, services, dialogs);
        workbench.layOut();
        if (!arguments.isEmpty()) {
            workbench.open(arguments.stream().map(Path::of).toList());
        }
        return workbench;
    }

    /** Shows the workbench with the platform's file choosers. */
    public static Workbench show(Stage stage, WorkbenchServices services, List<String> arguments) {
        return show(stage, services, new FxFileDialogs(() -> stage), arguments);
    }

    /** Opens dropped or named files: a project, or exports in the import dialog. */
    public void open(List<Path> paths) {
        services.jobs()
                .submit(
                        "Looking at the files",
                        (sink, token) -> DroppedFiles.of(paths),
                        files -> {
                            if (!files.projects().isEmpty()) {
                                guard.thenRun(
                                        () -> projects.open(files.projects().get(0)));
                            } else if (!files.inputs().isEmpty()
                                    || !files.layouts().isEmpty()) {
                                importer.show(paths);
                            } else {
                                feedback.status("Nothing to open in " + paths);
                            }
                        },
                        message -> feedback.problem("Could not open the files", message));
    }

    /** Switches to a page (when a session is open). */
    public void show(Page page) {
        if (model.current().isPresent()) {
            window.show(page);
            if (page == Page.CURVES) {
                views.curves().focus();
            }
        }
    }

    /** The shared session state. */
    public SessionModel model() {
        return model;
    }

    /** The Curves page. */
    public CurvesView curves() {
        return views.curves();
    }

    /** The Plates page. */
    public PlatesView plates() {
        return views.plates();
    }

    /** The Results page. */
    public ResultsView results() {
        return views.results();
    }

    /** The Selectivity page. */
    public SelectivityView selectivity() {
        return views.selectivity();
    }

    /** The Replicates page. */
    public ReplicatesView replicates() {
        return views.replicates();
    }

    /** The Reference page. */
    public ReferenceView reference() {
        return views.reference();
    }

    /** The import command (and its dialog). */
    public ImportFilesCommand importer() {
        return importer;
    }

    /** The Export menu's commands. */
    public ExportCommands exports() {
        return exports;
    }

    /** Mask, decide, undo and redo. */
    public ReviewActions actions() {
        return actions;
    }

    /** Opens the bundled sample panel. */
    public void openSample() {
        sample.run();
    }

    /** The window. */
    public Stage stage() {
        return stage;
    }

    private Window owner() {
        return stage;
    }

    private MainMenu.Commands commands() {
        return new MainMenu.Commands(
                importer::run,
                () -> guard.thenRun(projects::open),
                sample::run,
                () -> projects.save(() -> {}),
                () -> projects.saveAs(() -> {}),
                () -> guard.thenRun(model::close),
                () -> stage.fireEvent(
                        new javafx.stage.WindowEvent(stage, javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)),
                actions::undo,
                actions::redo,
                exports::excel,
                exports::resultsCsv,
                exports::qcCsv,
                () -> exports.curveImages(CurveImageExporter.Format.PNG),
                () -> exports.curveImages(CurveImageExporter.Format.SVG),
                this::show,
                () -> feedback.problem("Keyboard shortcuts", Shortcuts.TEXT));
    }

    private void layOut() {
        views.addTo(window);
        window.follow(model);
        window.title(stage, model);
        Scene scene = new Scene(window.root(), 1280, 800);
        scene.getStylesheets()
                .add(Workbench.class
                        .getResource("/org/hillfit/ui/workbench.css")
                        .toExternalForm());
        DropSupport.install(scene, this::open);
        stage.setScene(scene);
        windowState.restore(stage);
        windowState.track("curves", views.curves().splitPane());
        windowState.track("plates", views.plates().splitPane());
        model.sessionProperty().addListener((o, old, session) -> {
            if (old == null && session != null) {
                show(Page.CURVES);
            } else if (session == null) {
                refreshStart();
            }
        });
        refreshStart();
        window.tabs().getSelectionModel().selectedItemProperty().addListener((o, a, tab) -> {
            if (window.selected() == Page.CURVES) {
                Platform.runLater(views.curves()::focus); // J/K review works as soon as the page shows
            }
        });
        stage.setOnCloseRequest(e -> {
            e.consume();
            guard.thenRun(() -> {
                windowState.save(stage);
                stage.close();
            });
        });
        stage.show();
    }

    /** Shows the recent projects and an autosave to recover on the start screen. */
    private void refreshStart() {
        start.showRecent(services.settings().current().recentProjects());
        Path untitled = services.untitledProject();
        services.jobs()
                .submit(
                        "Looking for unsaved work",
                        (sink, token) -> services.projects().recoverable(untitled),
                        recovery -> start.showRecovery(recovery.map(r -> r.autosavedAt())),
                        message -> start.showRecovery(Optional.empty()));
    }
}
