/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.project;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.hillfit.project.AnalysisSession;
import org.hillfit.project.ProjectStore;
import org.hillfit.ui.session.SessionModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the session beside its project ({@code .name.hillfit.autosave}), or beside the untitled project in the
 * Hillfit folder, a few seconds after each change, off the FX thread. A crash then loses at most those seconds: the
 * next open offers the autosave. A clean save or an explicit discard removes it.
 */
public final class Autosaver {
    private static final Logger LOGGER = LoggerFactory.getLogger(Autosaver.class);

    private final SessionModel model;
    private final ProjectStore store;
    private final ScheduledExecutorService io;
    private final Path untitled;
    private final long delayMillis;
    private ScheduledFuture<?> pending;

    /**
     * @param untitled the project path autosaves of never-saved sessions are made beside
     * @param delayMillis quiet time after a change before it is written
     */
    public Autosaver(
            SessionModel model, ProjectStore store, ScheduledExecutorService io, Path untitled, long delayMillis) {
        this.model = model;
        this.store = store;
        this.io = io;
        this.untitled = untitled;
        this.delayMillis = delayMillis;
        model.sessionProperty().addListener((o, a, session) -> changed(session));
    }

    /** The project path of the session shown: its file, or the untitled project. */
    public Path projectPath() {
        Path file = model.projectFileProperty().get();
        return file == null ? untitled : file;
    }

    /** The untitled project path (its autosave is offered on the start screen). */
    public Path untitled() {
        return untitled;
    }

    /** Forgets pending work and deletes the autosave of the session shown (changes knowingly discarded). */
    public void discard() {
        cancelPending();
        Path project = projectPath();
        io.execute(() -> delete(project));
    }

    /** Deletes the untitled autosave (after the session was saved under a name). */
    public void discardUntitled() {
        io.execute(() -> delete(untitled));
    }

    private synchronized void changed(AnalysisSession session) {
        cancelPending();
        if (session == null || !model.dirtyProperty().get()) {
            return;
        }
        Path project = projectPath();
        pending = io.schedule(() -> write(session, project), delayMillis, TimeUnit.MILLISECONDS);
    }

    private synchronized void cancelPending() {
        if (pending != null) {
            pending.cancel(false);
            pending = null;
        }
    }

    private void write(AnalysisSession session, Path project) {
        try {
            java.nio.file.Files.createDirectories(project.toAbsolutePath().getParent());
            store.autosave(session, project);
            LOGGER.debug("autosaved {}", ProjectStore.autosavePath(project));
        } catch (IOException e) {
            LOGGER.warn("could not autosave to {}: {}", ProjectStore.autosavePath(project), e.getMessage());
        }
    }

    private void delete(Path project) {
        try {
            store.discardAutosave(project);
        } catch (IOException e) {
            LOGGER.warn("could not delete the autosave {}: {}", ProjectStore.autosavePath(project), e.getMessage());
        }
    }
}
