/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.plate;

import java.util.Objects;

/**
 * A flagged well reading: the flag and the text the instrument wrote ("OVRFLW", "Range?", "?????").
 *
 * @param flag what the marker means
 * @param text the marker as written in the source, for traceability (may be empty)
 */
public record WellMarker(WellFlag flag, String text) {
    public WellMarker {
        Objects.requireNonNull(flag, "flag");
        Objects.requireNonNull(text, "text");
    }

    /** A marker with no source text. */
    public static WellMarker of(WellFlag flag) {
        return new WellMarker(flag, "");
    }
}
