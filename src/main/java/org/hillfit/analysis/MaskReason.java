/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.analysis;

import java.util.Locale;

/** Why a well or point is left out of normalisation and fits. */
public enum MaskReason {
    /** A person masked it. */
    USER,
    /** An outlier rule flagged it. */
    OUTLIER,
    /** The instrument wrote a marker instead of a number (overflow, out of range, …). */
    INSTRUMENT_FLAG,
    /** The dispenser failed to transfer compound into it. */
    FAILED_TRANSFER,
    /** Too few flow-cytometry events. */
    LOW_EVENTS;

    /** "user", "outlier", … */
    public String slug() {
        return name().toLowerCase(Locale.ROOT);
    }
}
