/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.fit;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.hillfit.job.CancellationToken;
import org.hillfit.job.ProgressSink;

/**
 * Fits many curves on all cores (the common fork-join pool). Each curve is fitted exactly as {@link
 * FourPlFitter#fit} would on one thread, so the results are identical to a sequential run and in input order.
 * Cancellation is checked before each curve; progress is reported about every 1 % of the curves. Immutable.
 */
public final class BatchFitter {
    private final FourPlFitter fitter;

    private BatchFitter(FourPlFitter fitter) {
        this.fitter = fitter;
    }

    /** A batch fitter using {@code fitter}'s options. */
    public static BatchFitter of(FourPlFitter fitter) {
        return new BatchFitter(Objects.requireNonNull(fitter, "fitter"));
    }

    /** The fitter applied to every curve. */
    public FourPlFitter fitter() {
        return fitter;
    }

    /** Fits every curve in parallel; results in input order. */
    public List<CurveResult> fitAll(List<CurveData> curves) {
        return fitAll(curves, ProgressSink.NONE, CancellationToken.none());
    }

    /**
     * Fits every curve in parallel; results in input order.
     *
     * @throws java.util.concurrent.CancellationException when the token is cancelled (remaining curves are skipped)
     */
    public List<CurveResult> fitAll(List<CurveData> curves, ProgressSink progress, CancellationToken cancellation) {
        int n = curves.size();
        CurveResult[] results = new CurveResult[n];
        AtomicLong done = new AtomicLong();
        long every = Math.max(1, n / 100);
        IntStream.range(0, n).parallel().forEach(i -> {
            cancellation.throwIfCancelled();
            results[i] = fitter.fit(curves.get(i));
            long d = done.incrementAndGet();
            if (d % every == 0 || d == n) {
                progress.report("Fitting curves", d, n);
            }
        });
        return List.of(results);
    }
}
