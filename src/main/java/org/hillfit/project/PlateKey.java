/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.project;

import java.util.Objects;

/**
 * Names one plate of a session: the input it came from and its name in that input (unique within one import). Two
 * runs whose exports both call their plate "Plate 1" stay apart.
 *
 * @param input 0-based index of the input in the session
 * @param plate the plate's name
 */
public record PlateKey(int input, String plate) {
    public PlateKey {
        Objects.requireNonNull(plate, "plate");
        if (input < 0) {
            throw new IllegalArgumentException("an input index is ≥ 0; got " + input);
        }
    }

    @Override
    public String toString() {
        return "input " + (input + 1) + ", plate '" + plate + "'";
    }
}
