/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.project;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import org.hillfit.plate.WellContent;
import org.hillfit.plate.WellId;
import org.hillfit.result.AnalysisSettings;

/** The plain sentences audit entries use to say what changed. */
final class EditText {
    private EditText() {}

    /** "C05, C06" in plate order. */
    static String wells(Collection<WellId> wells) {
        return String.join(
                ", ", new TreeSet<>(wells).stream().map(WellId::label).toList());
    }

    /** "sample HF-001 10 µM", "neutral", "empty" ({@link WellContent#describe()}). */
    static String content(WellContent content) {
        return content.describe();
    }

    /**
     * The parts that differ, in words: "readout auto → ratio; fit: 4PL, all parameters free → 4PL, Hill fixed at 1"
     * ({@link org.hillfit.fit.FitOptions#describe()}, {@link org.hillfit.analysis.NormalizationOptions#describe()}).
     */
    static String settings(AnalysisSettings before, AnalysisSettings after) {
        List<String> parts = new ArrayList<>();
        if (!before.readout().equals(after.readout())) {
            parts.add("readout " + before.readout() + " → " + after.readout());
        }
        if (!before.normalization().equals(after.normalization())) {
            parts.add(change(
                    "normalisation",
                    before.normalization().describe(),
                    after.normalization().describe()));
        }
        if (!before.fit().equals(after.fit())) {
            parts.add(change("fit", before.fit().describe(), after.fit().describe()));
        }
        return String.join("; ", parts);
    }

    /** "fit: A → B", or "fit: options beyond these words changed (A)" when both read alike. */
    private static String change(String what, String before, String after) {
        return before.equals(after)
                ? what + ": changed beyond what its summary shows (" + after + ")"
                : what + ": " + before + " → " + after;
    }

    /** " (why)" or "" when no reason was given. */
    static String because(String why) {
        return why.isBlank() ? "" : " (" + why.strip() + ")";
    }
}
