/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.analysis;

import java.util.Locale;
import java.util.Optional;

/** Which number per well the curves are built from ({@code --readout}). */
public enum ReadoutKind {
    /**
     * Choose from the channels present: the TR-FRET ratio when acceptor and donor exist, else the one flow median
     * (MFI) channel of an FCS plate, else the reader's calculated channel or the only channel.
     */
    AUTO("auto"),
    /** TR-FRET ratio acceptor(665) / donor(620) × 10,000. */
    RATIO("ratio"),
    /** The acceptor (665 nm) channel alone. */
    ACCEPTOR("acceptor"),
    /** The donor (615/620 nm) channel alone. */
    DONOR("donor"),
    /** HTRF ΔF% = (ratio − ratio of blank wells) / ratio of blank wells × 100. */
    DELTA_F("deltaf"),
    /** Median fluorescence intensity of the readout channel in the gate (flow). */
    MFI("mfi"),
    /** % of gated cells above the positivity threshold (flow). */
    PCT_POSITIVE("pct-positive");

    private final String slug;

    ReadoutKind(String slug) {
        this.slug = slug;
    }

    /** The word used on the command line. */
    public String slug() {
        return slug;
    }

    /** Parses a slug (case-insensitive); empty for anything else, which callers may treat as a channel name. */
    public static Optional<ReadoutKind> parse(String text) {
        String s = text.strip().toLowerCase(Locale.ROOT);
        for (ReadoutKind kind : values()) {
            if (kind.slug.equals(s)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
