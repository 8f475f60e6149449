/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.analysis;

import java.util.Objects;
import org.hillfit.plate.WellId;

/**
 * A well left out of normalisation and fits, with why. Masks are data: recorded, reported and reversible.
 *
 * @param well the well
 * @param reason the kind of reason
 * @param note free text (the user's comment, the marker text); may be empty
 */
public record WellMask(WellId well, MaskReason reason, String note) {
    public WellMask {
        Objects.requireNonNull(well, "well");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(note, "note");
    }
}
