/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.analysis;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.hillfit.plate.WellId;

/**
 * A well left out of normalisation and fits, with who, what, why and when. Masks are data: recorded, listed in the
 * results and the report, and reversible.
 *
 * <p>Two kinds exist. A <em>user</em> mask ({@link MaskReason#USER}) is an edit: it names its author and the instant
 * it was made, and it is kept and replayed until removed. A <em>rule</em> mask (instrument markers, failed
 * transfers, low events, the control-outlier rule) is derived from the data by every analysis; its author is
 * {@link #RULE_AUTHOR} and it has no instant, since it is recomputed rather than made.
 *
 * @param well the well
 * @param reason the kind of reason
 * @param note free text (the user's comment, the marker text); may be empty
 * @param author who masked it: a user name, or {@link #RULE_AUTHOR}
 * @param at when a user made the mask; empty for rule masks
 */
public record WellMask(WellId well, MaskReason reason, String note, String author, Optional<Instant> at) {

    /** The author of masks the analysis derives from the data. */
    public static final String RULE_AUTHOR = "hillfit";

    public WellMask {
        Objects.requireNonNull(well, "well");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(at, "at");
        author = author.strip();
        if (author.isEmpty()) {
            throw new IllegalArgumentException("a mask needs an author");
        }
    }

    /** A rule mask (author {@link #RULE_AUTHOR}, no instant). */
    public WellMask(WellId well, MaskReason reason, String note) {
        this(well, reason, note, RULE_AUTHOR, Optional.empty());
    }

    /**
     * A user's mask.
     *
     * @param note why, in the user's words; may be empty
     * @param author the user's name
     * @param at when the mask was made
     */
    public static WellMask byUser(WellId well, String note, String author, Instant at) {
        return new WellMask(well, MaskReason.USER, note, author, Optional.of(at));
    }

    /** True for a user's edit, false for a mask a rule derives from the data. */
    public boolean isUserMask() {
        return reason == MaskReason.USER;
    }

    /** "user_masked", "outlier_masked", or the instrument flag's slug ("overflow"): the results' flag prefix. */
    public String flagSlug() {
        return switch (reason) {
            case INSTRUMENT_FLAG -> note.split(" ", 2)[0];
            case USER -> "user_masked";
            case OUTLIER -> "outlier_masked";
            case FAILED_TRANSFER -> "failed_transfer";
            case LOW_EVENTS -> "low_events";
        };
    }
}
