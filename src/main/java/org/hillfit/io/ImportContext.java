/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io;

import java.util.Objects;
import org.hillfit.job.CancellationToken;

/**
 * Settings and services an importer may use while reading one file.
 *
 * @param limits resource bounds
 * @param cancellation checked between plates or blocks of large files
 */
public record ImportContext(ImportLimits limits, CancellationToken cancellation) {
    public ImportContext {
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(cancellation, "cancellation");
    }

    /** Default limits, not cancellable. */
    public static ImportContext defaults() {
        return new ImportContext(ImportLimits.DEFAULT, CancellationToken.none());
    }
}
