/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.importing;

import java.util.Locale;
import java.util.stream.Collectors;
import org.hillfit.io.Detection;
import org.hillfit.io.PlateImporter;

/**
 * Detection in plain words: an importer's name without its file-type list and a word for how sure detection is, in
 * place of a percentage that reads as doubt ("Generic plate matrix — read as generic grid"). The numbers go to the
 * tooltip.
 */
final class DetectionWords {
    private DetectionWords() {}

    /** "PerkinElmer EnVision" for "PerkinElmer EnVision (CSV)". */
    static String name(PlateImporter importer) {
        String name = importer.displayName();
        int open = name.lastIndexOf(" (");
        return open > 0 && name.endsWith(")") ? name.substring(0, open) : name;
    }

    /** The word for a claim, "" for an importer that does not claim the file. */
    static String word(Detection.Candidate candidate) {
        double confidence = candidate.confidence();
        if (confidence >= Detection.CERTAIN) {
            return "recognised";
        }
        if (confidence >= Detection.ACCEPT) {
            return isGeneric(candidate.importer()) ? "read as generic " + genericKind(candidate.importer()) : "likely";
        }
        return confidence >= Detection.FALLBACK ? "possible" : "";
    }

    /** "Generic plate matrix — read as generic grid". */
    static String summary(Detection.Candidate best) {
        return name(best.importer()) + " — " + word(best);
    }

    /** A format in the "Read as" list: its name, with the word when it claims the file. */
    static String option(Detection.Candidate candidate) {
        String word = word(candidate);
        return candidate.importer().displayName() + (word.isEmpty() ? "" : " — " + word);
    }

    /** "Not recognised — tried 9 formats". */
    static String notRecognised(Detection detection) {
        return "Not recognised — tried " + detection.ranking().size() + " formats";
    }

    /** Every importer with its confidence, best first, for the tooltip. */
    static String tooltip(Detection detection) {
        String ranking = detection.ranking().stream()
                .map(c -> "  " + name(c.importer()) + " (" + c.importer().id() + "): "
                        + String.format(Locale.ROOT, "%.2f", c.confidence()))
                .collect(Collectors.joining("\n"));
        return "Confidence of each format (0–1; ≥ " + Detection.CERTAIN + " recognised, ≥ " + Detection.ACCEPT
                + " accepted):\n" + ranking;
    }

    private static boolean isGeneric(PlateImporter importer) {
        return importer.id().startsWith("generic-");
    }

    private static String genericKind(PlateImporter importer) {
        return importer.id().equals("generic-matrix") ? "grid" : "well list";
    }
}
