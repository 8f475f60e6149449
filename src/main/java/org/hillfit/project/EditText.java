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

    /** "sample HF-001 at 10000 nM", "neutral", "empty". */
    static String content(WellContent content) {
        StringBuilder text = new StringBuilder(content.role().slug());
        content.compound().ifPresent(c -> text.append(' ').append(c));
        content.concentration().ifPresent(c -> text.append(" at ").append(c));
        return text.toString();
    }

    /** "readout auto → ratio; fit FitOptions[…] → FitOptions[…]": the parts that differ. */
    static String settings(AnalysisSettings before, AnalysisSettings after) {
        List<String> parts = new ArrayList<>();
        if (!before.readout().equals(after.readout())) {
            parts.add("readout " + before.readout() + " → " + after.readout());
        }
        if (!before.normalization().equals(after.normalization())) {
            parts.add("normalisation " + before.normalization() + " → " + after.normalization());
        }
        if (!before.fit().equals(after.fit())) {
            parts.add("fit " + before.fit() + " → " + after.fit());
        }
        return String.join("; ", parts);
    }

    /** " (why)" or "" when no reason was given. */
    static String because(String why) {
        return why.isBlank() ? "" : " (" + why.strip() + ")";
    }
}
