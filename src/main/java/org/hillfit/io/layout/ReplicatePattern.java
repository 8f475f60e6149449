/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.layout;

import java.util.Locale;
import java.util.Optional;

/** Where the replicates of a dose go. */
public enum ReplicatePattern {
    /** Side by side along the series: dose 1 rep 1, dose 1 rep 2, dose 2 rep 1 … */
    ADJACENT_WELLS,
    /** In the neighbouring row (or column, for series that run down columns), dose for dose. */
    ADJACENT_ROWS,
    /** On separate plates with the same layout: each plate holds one replicate of every series. */
    SEPARATE_PLATES;

    /** "adjacent-wells", "adjacent-rows", "separate-plates". */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Parses a slug (case-insensitive; '_' or ' ' for '-'). */
    public static Optional<ReplicatePattern> parse(String text) {
        String s = text.strip().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        for (ReplicatePattern p : values()) {
            if (p.slug().equals(s)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
