/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.result;

import java.time.Instant;
import java.util.Objects;

/**
 * A reviewer's accept/reject decision on one curve, with who, when and why.
 *
 * @param verdict accepted or rejected
 * @param reason why (free text, not blank)
 * @param user who decided (the operating-system user name)
 * @param time when
 */
public record CurveDecision(ReviewVerdict verdict, String reason, String user, Instant time) {
    public CurveDecision {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(time, "time");
        if (reason.isBlank()) {
            throw new IllegalArgumentException("a curve " + verdict.slug() + " needs a reason");
        }
    }

    /** True for a rejection. */
    public boolean isRejected() {
        return verdict == ReviewVerdict.REJECTED;
    }
}
