/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.task;

import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.hillfit.job.CancellationToken;
import org.hillfit.job.ProgressSink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Latest-wins scheduling for interactive recomputation (a slider, toggling wells): each request replaces the
 * pending one, waits for a quiet period, cancels a superseded running job, and applies only the newest result on
 * the FX thread (MZmine's LatestTaskScheduler idea).
 *
 * @param <T> the result
 */
public final class LatestJobScheduler<T> {
    private static final Logger LOGGER = LoggerFactory.getLogger(LatestJobScheduler.class);

    private final ScheduledExecutorService executor;
    private final long debounceMillis;
    private final Consumer<Runnable> fxThread;
    private long generation;
    private ScheduledFuture<?> pending;
    private CancellationToken running;

    /**
     * @param executor where jobs run
     * @param debounceMillis quiet period before a request runs (about 250 ms for sliders, 0 for clicks)
     */
    public LatestJobScheduler(ScheduledExecutorService executor, long debounceMillis) {
        this(executor, debounceMillis, Platform::runLater);
    }

    /**
     * A scheduler that delivers results through {@code fxThread} instead of {@code Platform.runLater} (tests pass
     * {@code Runnable::run} and need no JavaFX toolkit).
     */
    public LatestJobScheduler(ScheduledExecutorService executor, long debounceMillis, Consumer<Runnable> fxThread) {
        this.executor = Objects.requireNonNull(executor, "executor");
        this.debounceMillis = debounceMillis;
        this.fxThread = fxThread;
    }

    /** Schedules a job; any earlier request that has not delivered yet is dropped. */
    public synchronized void request(Job<T> job, Consumer<T> onResult, Consumer<String> onFailure) {
        long mine = ++generation;
        if (pending != null) {
            pending.cancel(false);
        }
        if (running != null) {
            running.cancel();
        }
        CancellationToken token = new CancellationToken();
        running = token;
        pending = executor.schedule(
                () -> execute(mine, token, job, onResult, onFailure), debounceMillis, TimeUnit.MILLISECONDS);
    }

    private void execute(
            long mine, CancellationToken token, Job<T> job, Consumer<T> onResult, Consumer<String> onFailure) {
        try {
            T result = job.run(ProgressSink.NONE, token);
            deliver(mine, () -> onResult.accept(result));
        } catch (java.util.concurrent.CancellationException e) {
            LOGGER.debug("superseded job cancelled");
        } catch (Exception e) { // boundary: a failed recomputation is shown, never thrown into the executor
            LOGGER.error("recomputation failed", e);
            deliver(mine, () -> onFailure.accept(FxJobRunner.sentence(e)));
        }
    }

    private void deliver(long mine, Runnable action) {
        fxThread.accept(() -> {
            if (isLatest(mine)) {
                action.run();
            }
        });
    }

    private synchronized boolean isLatest(long mine) {
        return mine == generation;
    }
}
