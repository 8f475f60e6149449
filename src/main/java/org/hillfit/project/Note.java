/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.project;

import java.time.Instant;
import java.util.Objects;

/**
 * A free-text note a person attached to the project, a plate or a curve.
 *
 * @param time when it was written
 * @param user who wrote it
 * @param target what it is about ("project", "TYK2 / TYK2-P1", "TYK2 / TYK2-P1 / HF-003")
 * @param text the note (not blank)
 */
public record Note(Instant time, String user, String target, String text) {
    public Note {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(target, "target");
        if (text.isBlank()) {
            throw new IllegalArgumentException("a note must not be blank");
        }
    }
}
