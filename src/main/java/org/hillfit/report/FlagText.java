/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.report;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hillfit.analysis.WellMask;

/**
 * Machine-readable flags in words for people: {@code overflow:B07} → "B07 overflow", {@code hill_out_of_range} →
 * "Hill slope outside 0.3–5". Unknown flags keep their text with underscores as spaces, so nothing is hidden.
 */
public final class FlagText {
    private static final Map<String, String> CURVE_FLAGS = Map.of(
            "inactive", "inactive (no dose-response)",
            "hill_out_of_range", "Hill slope outside 0.3\u20135",
            "ic50_above_range", "IC50 above the highest dose",
            "ic50_below_range", "IC50 below the lowest dose",
            "too_few_points", "too few points to fit",
            "no_points", "no usable points",
            "zero_concentration_excluded", "zero-dose well left out",
            "plate_qc_failed", "plate failed QC (Z\u2032)");

    private static final Map<String, String> WELL_FLAGS = Map.ofEntries(
            Map.entry("overflow", "overflow"),
            Map.entry("underflow", "underflow"),
            Map.entry("out_of_range", "out of range"),
            Map.entry("invalid", "invalid reading"),
            Map.entry("missed", "missed by the reader"),
            Map.entry("not_available", "not available"),
            Map.entry("low_events", "too few events"),
            Map.entry("unreadable", "unreadable file"),
            Map.entry("failed_transfer", "failed transfer"),
            Map.entry("user_masked", "masked by user"),
            Map.entry("outlier_masked", "masked as outlier"),
            Map.entry("no_value", "has no value"));

    private FlagText() {}

    /** One flag in words. */
    public static String describe(String flag) {
        int colon = flag.lastIndexOf(':');
        if (colon > 0 && colon < flag.length() - 1) {
            String kind = flag.substring(0, colon);
            return flag.substring(colon + 1) + " " + WELL_FLAGS.getOrDefault(kind, words(kind));
        }
        return CURVE_FLAGS.getOrDefault(flag, words(flag));
    }

    /** Flags in words, joined by "; ". */
    public static String describe(List<String> flags) {
        return flags.stream().map(FlagText::describe).collect(Collectors.joining("; "));
    }

    /** Why a well was masked, in words: "outlier", "masked by user: bubble", "overflow (OVRFLW)". */
    public static String maskReason(WellMask mask) {
        String note = mask.note().strip();
        return switch (mask.reason()) {
            case INSTRUMENT_FLAG -> note.isEmpty() ? "instrument flag" : instrumentNote(note);
            case USER -> note.isEmpty() ? "masked by user" : "masked by user: " + note;
            case OUTLIER -> note.isEmpty() ? "outlier" : "outlier: " + note;
            case FAILED_TRANSFER -> "failed transfer";
            case LOW_EVENTS -> "too few events";
        };
    }

    private static String instrumentNote(String note) {
        String[] parts = note.split(" ", 2);
        String kind = WELL_FLAGS.getOrDefault(parts[0], words(parts[0]));
        return parts.length > 1 ? kind + " " + parts[1] : kind;
    }

    private static String words(String slug) {
        return slug.replace('_', ' ');
    }
}
