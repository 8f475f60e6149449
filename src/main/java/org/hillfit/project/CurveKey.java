/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.project;

import java.util.Objects;

/**
 * Names one curve of a session: a compound on a plate.
 *
 * @param plate the plate
 * @param compound the compound
 */
public record CurveKey(PlateKey plate, String compound) {
    public CurveKey {
        Objects.requireNonNull(plate, "plate");
        Objects.requireNonNull(compound, "compound");
    }
}
