/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.job;

import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;

/** Lets a caller stop a long job. Jobs call {@link #throwIfCancelled()} at the top of each unit of work. */
public final class CancellationToken {
    private final AtomicBoolean cancelled = new AtomicBoolean();

    /** A token nobody will cancel. Each call returns a new one, so no state is shared. */
    public static CancellationToken none() {
        return new CancellationToken();
    }

    /** Asks the job to stop. */
    public void cancel() {
        cancelled.set(true);
    }

    /** True once {@link #cancel()} was called. */
    public boolean isCancelled() {
        return cancelled.get();
    }

    /**
     * @throws CancellationException when cancelled; never wrap or catch it in a broad catch
     */
    public void throwIfCancelled() {
        if (cancelled.get()) {
            throw new CancellationException("cancelled");
        }
    }
}
