/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.app;

import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.hillfit.io.ImporterRegistry;
import org.hillfit.project.AnalysisPipeline;
import org.hillfit.project.LayoutTemplateStore;
import org.hillfit.project.ProjectStore;
import org.hillfit.project.ReviewContext;
import org.hillfit.ui.settings.SettingsStore;
import org.hillfit.ui.task.FxJobRunner;

/**
 * The services the workbench is built from, made once by the composition root ({@code HillfitApplication}) and
 * handed down; tests make them over a temporary Hillfit folder. No static state.
 *
 * @param home the Hillfit folder (settings, templates, the untitled autosave): {@code ~/.hillfit}
 * @param registry the importers
 * @param pipeline the analysis pipeline
 * @param projects project files
 * @param templates layout templates ({@code home/templates})
 * @param settings the workbench settings ({@code home/workbench.json})
 * @param context who reviews (the audit trail's user)
 * @param jobs background jobs with progress and cancel
 * @param threads the worker threads for edits, thumbnails and small file writes
 */
public record WorkbenchServices(
        Path home,
        ImporterRegistry registry,
        AnalysisPipeline pipeline,
        ProjectStore projects,
        LayoutTemplateStore templates,
        SettingsStore settings,
        ReviewContext context,
        FxJobRunner jobs,
        Threads threads) {

    /**
     * The worker threads (daemons, so they never keep the application alive).
     *
     * @param edits refits after masks and decisions (latest wins)
     * @param thumbnails gallery pictures
     * @param io settings writes and autosaves
     */
    public record Threads(ScheduledExecutorService edits, ExecutorService thumbnails, ScheduledExecutorService io) {
        /** New threads. */
        public static Threads create() {
            return new Threads(
                    Executors.newSingleThreadScheduledExecutor(named("hillfit-edit")),
                    Executors.newSingleThreadExecutor(named("hillfit-thumbnail")),
                    Executors.newSingleThreadScheduledExecutor(named("hillfit-io")));
        }

        /** Stops the threads after their current work. */
        public void shutdown() {
            edits.shutdown();
            thumbnails.shutdown();
            io.shutdown();
        }
    }

    /** The services over a Hillfit folder, for the system user. */
    public static WorkbenchServices create(Path home) {
        ImporterRegistry registry = ImporterRegistry.builtIn();
        Threads threads = Threads.create();
        return new WorkbenchServices(
                home,
                registry,
                new AnalysisPipeline(registry),
                new ProjectStore(),
                new LayoutTemplateStore(home.resolve("templates")),
                new SettingsStore(home.resolve(SettingsStore.FILE_NAME), threads.io()),
                ReviewContext.system(),
                new FxJobRunner(),
                threads);
    }

    /** The project whose autosave holds a session never saved. */
    public Path untitledProject() {
        return home.resolve("untitled" + ProjectStore.EXTENSION);
    }

    /** Writes pending settings and stops the threads. */
    public void shutdown() {
        settings.flush();
        jobs.shutdown();
        threads.shutdown();
    }

    private static ThreadFactory named(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
