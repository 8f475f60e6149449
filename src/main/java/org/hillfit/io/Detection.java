/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io;

import java.util.List;
import java.util.stream.Collectors;

/**
 * How every importer rated a file, best first.
 *
 * @param ranking importers with their confidence, highest first (ties in registration order)
 */
public record Detection(List<Candidate> ranking) {

    /** Confidence at or above which an importer is trusted without {@code --format}. */
    public static final double ACCEPT = 0.5;
    /** Confidence at or above which an importer is tried when better ones fail. */
    public static final double FALLBACK = 0.3;
    /**
     * Confidence at or above which an importer is sure the file is its own (a vendor header was seen): when it
     * fails, only other importers as sure are tried, so a broken vendor export is reported, not half-read by a
     * generic importer.
     */
    public static final double CERTAIN = 0.9;

    public Detection {
        ranking = List.copyOf(ranking);
    }

    /**
     * One importer's claim.
     *
     * @param importer the importer
     * @param confidence 0–1
     */
    public record Candidate(PlateImporter importer, double confidence) {}

    /**
     * The importers worth trying, best first: the best if it is accepted, then fall-backs (only equally certain
     * ones when the best is {@link #CERTAIN}).
     */
    public List<PlateImporter> worthTrying() {
        List<Candidate> plausible = plausible();
        if (plausible.isEmpty()) {
            return List.of();
        }
        double floor = plausible.get(0).confidence() >= CERTAIN ? CERTAIN : FALLBACK;
        return plausible.stream()
                .filter(c -> c.confidence() >= floor)
                .map(Candidate::importer)
                .toList();
    }

    /**
     * Every importer worth trying, best first, with its confidence: empty unless the best is accepted, then all at or
     * above {@link #FALLBACK}. The registry stops at the first uncertain one once a {@link #CERTAIN} importer has
     * refused the file.
     */
    public List<Candidate> plausible() {
        if (ranking.isEmpty() || ranking.get(0).confidence() < ACCEPT) {
            return List.of();
        }
        return ranking.stream().filter(c -> c.confidence() >= FALLBACK).toList();
    }

    /** "envision-csv 0.95, generic-matrix 0.40, …" for messages (importers that scored above zero). */
    public String summary() {
        String claimed = ranking.stream()
                .filter(c -> c.confidence() > 0)
                .map(c -> String.format(
                        java.util.Locale.ROOT, "%s %.2f", c.importer().id(), c.confidence()))
                .collect(Collectors.joining(", "));
        return claimed.isEmpty() ? "no importer recognised anything" : claimed;
    }
}
