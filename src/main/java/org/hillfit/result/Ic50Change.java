/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.result;

import java.util.Objects;
import java.util.Optional;

/**
 * The reported IC50 of one curve before and after an edit.
 *
 * @param assay the assay
 * @param plate the plate name
 * @param compound the compound
 * @param before the potency before; empty when the curve had no IC50 or did not exist
 * @param after the potency after; empty when the curve has no IC50 or no longer exists
 */
public record Ic50Change(
        String assay, String plate, String compound, Optional<Potency> before, Optional<Potency> after) {
    public Ic50Change {
        Objects.requireNonNull(assay, "assay");
        Objects.requireNonNull(plate, "plate");
        Objects.requireNonNull(compound, "compound");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }

    /** True when the reported IC50 or its qualifier changed. */
    public boolean isChanged() {
        return !before.equals(after);
    }
}
