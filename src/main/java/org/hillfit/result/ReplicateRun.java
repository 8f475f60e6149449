/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.result;

import java.util.Objects;

/**
 * One analysis (a screening day, a project) taking part in a replicate summary.
 *
 * @param label how the run is named in summaries (a project's file name); may be empty for a single run
 * @param result its analysis
 */
public record ReplicateRun(String label, AnalysisResult result) {
    public ReplicateRun {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(result, "result");
    }
}
