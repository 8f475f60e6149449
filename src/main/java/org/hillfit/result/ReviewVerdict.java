/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.result;

import java.util.Locale;

/** A person's verdict on one curve after looking at it. */
public enum ReviewVerdict {
    /** The curve and its IC50 are fit to report, flags notwithstanding. */
    ACCEPTED,
    /** The curve must not be reported or averaged. */
    REJECTED;

    /** "accepted" or "rejected". */
    public String slug() {
        return name().toLowerCase(Locale.ROOT);
    }
}
