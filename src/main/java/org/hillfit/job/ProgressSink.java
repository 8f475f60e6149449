/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.job;

/**
 * Receives progress of a long job: a message and the fraction done. Implementations must be thread-safe; jobs call
 * them from worker threads. The UI adapts this to a JavaFX task, the CLI to a terminal progress bar.
 */
@FunctionalInterface
public interface ProgressSink {

    /** A sink that ignores everything. */
    ProgressSink NONE = (message, done, total) -> {};

    /**
     * Reports progress.
     *
     * @param message what is being done now ("Fitting TYK2 plate 3")
     * @param done units finished (files, plates, curves)
     * @param total units in all; {@code done <= total}
     */
    void report(String message, long done, long total);
}
