/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.plate;

import java.util.Locale;
import java.util.Optional;

/** What a well is for. */
public enum WellRole {
    /** A test compound at a concentration. */
    SAMPLE,
    /** Full signal, no inhibitor (DMSO / vehicle / stimulated): 0 % inhibition. */
    NEUTRAL,
    /** Reference inhibitor at saturating dose, no enzyme or unstimulated cells: 100 % inhibition. */
    INHIBITOR,
    /** Background (buffer only); subtracted when present. */
    BLANK,
    /** Not used. */
    EMPTY;

    /** The word used in layout files: "sample", "neutral", "inhibitor", "blank", "empty". */
    public String slug() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a role word as written in layout files, case-insensitively. Besides the slugs it accepts the common
     * synonyms: "neutral control", "negative", "dmso", "vehicle", "max" (neutral); "inhibitor control", "positive",
     * "min", "ref" (inhibitor); "buffer", "background" (blank); "" and "none" (empty).
     */
    public static Optional<WellRole> parse(String text) {
        String s = text.strip().toLowerCase(Locale.ROOT).replace('_', ' ').replace('-', ' ');
        return Optional.ofNullable(
                switch (s) {
                    case "sample", "compound", "test", "s", "x" -> SAMPLE;
                    case "neutral",
                            "neutral control",
                            "negative",
                            "negative control",
                            "dmso",
                            "vehicle",
                            "max",
                            "high",
                            "n",
                            "0%",
                            "0 %" -> NEUTRAL;
                    case "inhibitor",
                            "inhibitor control",
                            "positive",
                            "positive control",
                            "min",
                            "low",
                            "p",
                            "100%",
                            "100 %" -> INHIBITOR;
                    case "blank", "buffer", "background", "b" -> BLANK;
                    case "empty", "", "none", "unused", "e" -> EMPTY;
                    default -> null;
                });
    }
}
