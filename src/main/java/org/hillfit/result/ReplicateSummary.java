/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.result;

import java.util.List;
import java.util.Objects;

/**
 * One compound in one assay over all its plates and runs.
 *
 * @param assay the assay
 * @param compound the compound
 * @param replicates every curve of the compound, counted or not, in run and plate order
 * @param combined the geometric mean with SD and n, by the bounded rule
 * @param flags "outlier:RUN / PLATE" per outlying replicate, "replicates_disagree" when two exact values differ by
 *     more than the outlier distance, "single_value" when only one value counts
 */
public record ReplicateSummary(
        String assay, String compound, List<Replicate> replicates, CombinedPotency combined, List<String> flags) {
    public ReplicateSummary {
        Objects.requireNonNull(assay, "assay");
        Objects.requireNonNull(compound, "compound");
        replicates = List.copyOf(replicates);
        Objects.requireNonNull(combined, "combined");
        flags = List.copyOf(flags);
    }
}
