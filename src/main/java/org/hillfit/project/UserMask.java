/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.project;

import java.time.Instant;
import java.util.Objects;
import org.hillfit.analysis.WellMask;

/**
 * A mask a person set, with who and when: the answer to "why is this point masked?".
 *
 * @param mask the well, the kind of reason and the person's note
 * @param user who masked it
 * @param time when
 */
public record UserMask(WellMask mask, String user, Instant time) {
    public UserMask {
        Objects.requireNonNull(mask, "mask");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(time, "time");
    }
}
