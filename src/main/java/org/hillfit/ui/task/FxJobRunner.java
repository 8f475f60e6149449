/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.task;

import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.concurrent.Task;
import org.hillfit.job.CancellationToken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs core {@link Job}s off the FX thread as {@link Task}s: progress goes to {@code updateMessage/updateProgress}
 * (which JavaFX coalesces onto the FX thread), {@code cancel()} sets the job's token, success and failure are
 * delivered on the FX thread. A failure is logged once here with its stack trace and handed to the callback as
 * one plain sentence.
 */
public final class FxJobRunner {
    private static final Logger LOGGER = LoggerFactory.getLogger(FxJobRunner.class);

    private final ExecutorService executor;
    private final ReadOnlyObjectWrapper<Task<?>> latest = new ReadOnlyObjectWrapper<>(this, "latest");

    /** A runner with its own pool of daemon threads (as many as cores, at least two). */
    public FxJobRunner() {
        this(Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()), runnable -> {
            Thread thread = new Thread(runnable, "hillfit-job");
            thread.setDaemon(true);
            return thread;
        }));
    }

    /** A runner on a given executor (tests pass a direct executor). */
    public FxJobRunner(ExecutorService executor) {
        this.executor = Objects.requireNonNull(executor, "executor");
    }

    /**
     * Submits a job.
     *
     * @param title what the status bar shows while it runs
     * @param onSuccess receives the result on the FX thread
     * @param onFailure receives a one-sentence message on the FX thread (not called on cancellation)
     * @return the task, whose progress and message properties the UI binds, and whose cancel() stops the job
     */
    public <T> Task<T> submit(String title, Job<T> job, Consumer<T> onSuccess, Consumer<String> onFailure) {
        CancellationToken token = new CancellationToken();
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                updateMessage(title);
                return job.run(
                        (message, done, total) -> {
                            updateMessage(message);
                            updateProgress(done, total);
                        },
                        token);
            }

            @Override
            protected void cancelled() {
                token.cancel();
            }
        };
        task.setOnSucceeded(e -> onSuccess.accept(task.getValue()));
        task.setOnFailed(e -> {
            Throwable error = task.getException();
            if (error instanceof CancellationException) {
                return;
            }
            LOGGER.error("{} failed", title, error);
            onFailure.accept(sentence(error));
        });
        latest.set(task);
        executor.execute(task);
        return task;
    }

    /**
     * The task submitted last (null before the first), so a status bar can show its progress and offer to cancel
     * it. Changes on the FX thread, where {@link #submit} is called.
     */
    public ReadOnlyObjectProperty<Task<?>> latestTask() {
        return latest.getReadOnlyProperty();
    }

    /** Stops accepting work; running jobs finish. */
    public void shutdown() {
        executor.shutdown();
    }

    /** The message a user sees for a failure: the exception's own message, which core code writes for people. */
    static String sentence(Throwable error) {
        String message = error.getMessage();
        return message == null || message.isBlank() ? error.getClass().getSimpleName() : message;
    }
}
