/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.project;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hillfit.result.AuditAction;
import org.hillfit.result.AuditEntry;
import org.hillfit.result.CurveFit;
import org.hillfit.result.Ic50Change;
import org.hillfit.result.Potency;

/** Builds audit entries: who, when, what, and the IC50 before/after of the curves an edit touched. */
final class AuditRecorder {
    private AuditRecorder() {}

    /** A new entry stamped with the context's user and time. */
    static AuditEntry entry(
            ReviewContext context, AuditAction action, String target, String detail, List<Ic50Change> changes) {
        return new AuditEntry(context.now(), context.user(), action, target, detail, changes);
    }

    /**
     * IC50 before/after for every curve of the given plates whose potency changed, plus the curves named in {@code
     * always} (by plate index and compound) whether or not they changed. Plates are paired by index.
     */
    static List<Ic50Change> changes(
            List<SessionPlate> before, List<SessionPlate> after, Set<Integer> plates, Set<CurveKey> always) {
        List<Ic50Change> changes = new ArrayList<>();
        for (int index : plates) {
            SessionPlate old = before.get(index);
            SessionPlate now = after.get(index);
            Map<String, CurveFit> oldCurves = byCompound(old);
            Map<String, CurveFit> newCurves = byCompound(now);
            Set<String> compounds = new LinkedHashSet<>(oldCurves.keySet());
            compounds.addAll(newCurves.keySet());
            for (String compound : compounds) {
                Ic50Change change = new Ic50Change(
                        now.assay(),
                        now.plate().name(),
                        compound,
                        potency(oldCurves.get(compound)),
                        potency(newCurves.get(compound)));
                if (change.isChanged() || always.contains(new CurveKey(now.key(), compound))) {
                    changes.add(change);
                }
            }
        }
        return changes;
    }

    private static Map<String, CurveFit> byCompound(SessionPlate plate) {
        Map<String, CurveFit> curves = new LinkedHashMap<>();
        plate.result().curves().forEach(c -> curves.put(c.compound(), c));
        return curves;
    }

    private static Optional<Potency> potency(@org.jspecify.annotations.Nullable CurveFit curve) {
        return curve == null ? Optional.empty() : Potency.of(curve.result());
    }
}
