/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.project;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hillfit.job.CancellationToken;
import org.hillfit.job.ProgressSink;

/**
 * A session made from the inputs that could be imported, and the inputs that could not: one bad export does not stop
 * the others (the workbench lists each failure by file). {@link AnalysisSession#create} instead refuses the whole
 * request at the first bad input, as {@code hillfit analyze} does.
 *
 * @param session the session of the inputs that were imported; empty when none was
 * @param failures the inputs left out, in request order
 */
public record SessionImport(Optional<AnalysisSession> session, List<InputFailure> failures) {
    public SessionImport {
        Objects.requireNonNull(session, "session");
        failures = List.copyOf(failures);
    }

    /**
     * Imports and analyses every input it can. The session's inputs are the imported ones, in request order; its
     * creation entry in the audit trail says how many were skipped.
     *
     * @throws AnalysisException when the imported plates cannot be kept apart (two plates of one input share a name)
     * @throws java.util.concurrent.CancellationException when cancelled
     */
    public static SessionImport create(
            AnalysisPipeline pipeline,
            SessionRequest request,
            ReviewContext context,
            ProgressSink progress,
            CancellationToken cancellation)
            throws AnalysisException {
        return SessionFactory.createSkippingFailures(pipeline, request, context, progress, cancellation);
    }
}
