/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io;

import java.util.Objects;
import org.hillfit.io.flow.FlowImportOptions;
import org.hillfit.job.CancellationToken;

/**
 * Settings and services an importer may use while reading one file.
 *
 * @param limits resource bounds
 * @param cancellation checked between plates or blocks of large files
 * @param flow how flow-cytometry plates are gated and summarised (readout parameter, negative controls, gates);
 *     ignored by plate-reader importers
 */
public record ImportContext(ImportLimits limits, CancellationToken cancellation, FlowImportOptions flow) {
    public ImportContext {
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(cancellation, "cancellation");
        Objects.requireNonNull(flow, "flow");
    }

    /** A context with default flow options. */
    public ImportContext(ImportLimits limits, CancellationToken cancellation) {
        this(limits, cancellation, FlowImportOptions.DEFAULT);
    }

    /** Default limits, not cancellable. */
    public static ImportContext defaults() {
        return new ImportContext(ImportLimits.DEFAULT, CancellationToken.none());
    }

    /** A copy with other flow options. */
    public ImportContext withFlow(FlowImportOptions options) {
        return new ImportContext(limits, cancellation, options);
    }
}
