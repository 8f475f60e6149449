/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.hillfit.project.AnalysisSession;

/**
 * A session model with review actions whose edits run on one worker thread and are delivered in place (no JavaFX
 * toolkit), recording what the user would be told. Close it after the test.
 */
final class EditorFixture implements Feedback {
    final List<String> statuses = new ArrayList<>();
    final List<String> problems = new ArrayList<>();
    final SessionModel model = new SessionModel();
    final ReviewActions actions;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();

    EditorFixture(AnalysisSession session) {
        model.load(session, Optional.empty(), "test");
        actions = new ReviewActions(model, new SessionEditor(model, executor, Runnable::run, this), this);
    }

    @Override
    public void status(String message) {
        statuses.add(message);
    }

    @Override
    public void problem(String title, String message) {
        problems.add(message);
    }

    /** Waits until the worker has run everything queued so far. */
    void awaitIdle() throws Exception {
        executor.submit(() -> {}).get(10, TimeUnit.SECONDS);
    }

    /** Stops the worker. */
    void close() throws InterruptedException {
        executor.shutdown();
        executor.awaitTermination(5, TimeUnit.SECONDS);
    }
}
