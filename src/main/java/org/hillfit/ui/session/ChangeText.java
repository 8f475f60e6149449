/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.session;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.hillfit.fit.Qualifier;
import org.hillfit.report.ResultFormat;
import org.hillfit.result.AuditAction;
import org.hillfit.result.AuditEntry;
import org.hillfit.result.Ic50Change;
import org.hillfit.result.Potency;

/** Audit entries and IC50 changes in words, for the status bar and the audit view. */
public final class ChangeText {
    private ChangeText() {}

    /** "HF-001 TYK2: 1.95 → 2.38 nM" (IC50s with 3 significant digits, as everywhere else). */
    public static String of(Ic50Change change) {
        return change.compound() + " " + change.assay() + ": " + potency(change.before()) + " → "
                + potency(change.after()) + " nM";
    }

    /** The IC50 changes of an entry, joined by "; " (only those that moved). */
    public static String changes(AuditEntry entry) {
        return entry.changes().stream()
                .filter(Ic50Change::isChanged)
                .map(ChangeText::of)
                .collect(Collectors.joining("; "));
    }

    /**
     * One line for the status bar: "masked C05 (user: outlier) — HF-001 TYK2: 1.95 → 2.38 nM" or "fit: 4PL, all
     * parameters free → 4PL, Hill fixed at 1 — …" (the core words settings changes); beyond two moved IC50s the rest
     * are counted.
     */
    public static String summary(AuditEntry entry) {
        List<String> moved = entry.changes().stream()
                .filter(Ic50Change::isChanged)
                .map(ChangeText::of)
                .toList();
        String what = entry.action() == AuditAction.NOTE
                ? "note on " + entry.target() + ": " + entry.detail()
                : entry.detail();
        if (moved.isEmpty()) {
            return what;
        }
        String shown = String.join("; ", moved.subList(0, Math.min(2, moved.size())));
        return what + " — " + shown + (moved.size() > 2 ? "; " + (moved.size() - 2) + " more IC50s moved" : "");
    }

    /**
     * The summary of the newest entry of a trail, as a status-bar sentence: its first letter capitalised like the
     * bar's other messages ("Undid: accepted HF-003 …", not "undid: …"); the trail keeps its own wording.
     */
    public static String latest(List<AuditEntry> trail) {
        if (trail.isEmpty()) {
            return "";
        }
        String summary = summary(trail.get(trail.size() - 1));
        return summary.isEmpty() ? summary : Character.toUpperCase(summary.charAt(0)) + summary.substring(1);
    }

    private static String potency(Optional<Potency> potency) {
        return potency.map(p ->
                        (p.qualifier() == Qualifier.EQUAL ? "" : p.qualifier().symbol())
                                + ResultFormat.significant(p.nanomolar(), ResultFormat.SIGNIFICANT_DIGITS))
                .orElse("none");
    }
}
