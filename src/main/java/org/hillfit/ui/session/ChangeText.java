/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.session;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.hillfit.fit.Qualifier;
import org.hillfit.report.ResultFormat;
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

    /** "masked C05 (user: outlier) — HF-001 TYK2: 1.95 → 2.38 nM". */
    public static String summary(AuditEntry entry) {
        String changes = changes(entry);
        return changes.isEmpty() ? entry.detail() : entry.detail() + " — " + changes;
    }

    /** The summary of the newest entry of a trail. */
    public static String latest(List<AuditEntry> trail) {
        return trail.isEmpty() ? "" : summary(trail.get(trail.size() - 1));
    }

    private static String potency(Optional<Potency> potency) {
        return potency.map(p ->
                        (p.qualifier() == Qualifier.EQUAL ? "" : p.qualifier().symbol())
                                + ResultFormat.significant(p.nanomolar(), ResultFormat.SIGNIFICANT_DIGITS))
                .orElse("none");
    }
}
