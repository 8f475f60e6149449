/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.project;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.hillfit.analysis.MaskReason;
import org.hillfit.analysis.WellMask;
import org.hillfit.plate.WellId;

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
        if (!mask.author().equals(user.strip()) || !mask.at().equals(Optional.of(time))) {
            throw new IllegalArgumentException("a person's mask must name its author and time in the well mask too;"
                    + " got " + mask + " by " + user + " at " + time);
        }
    }

    /**
     * A person's mask of one well; the analysis (and the report's Masks sheet) shows its author and time.
     *
     * @param note why, in the person's words
     */
    public static UserMask of(WellId well, MaskReason reason, String note, String user, Instant time) {
        return new UserMask(new WellMask(well, reason, note, user, Optional.of(time)), user, time);
    }
}
