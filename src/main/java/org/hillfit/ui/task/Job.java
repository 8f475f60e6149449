/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.task;

import org.hillfit.job.CancellationToken;
import org.hillfit.job.ProgressSink;

/**
 * A unit of core work the UI runs in the background: it reports progress to the sink and stops when the token is
 * cancelled. Knows nothing about JavaFX.
 *
 * @param <T> the result
 */
@FunctionalInterface
public interface Job<T> {
    /** Does the work on a worker thread. */
    T run(ProgressSink progress, CancellationToken cancellation) throws Exception;
}
