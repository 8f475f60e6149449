/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.project;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.hillfit.analysis.DosePoint;
import org.hillfit.analysis.MaskReason;
import org.hillfit.plate.WellId;
import org.hillfit.result.AuditAction;
import org.hillfit.result.CurveDecision;
import org.hillfit.result.CurveFit;
import org.hillfit.result.ReviewVerdict;

/** The edits of one plate: masks (refit that plate only) and curve decisions (no refit). */
final class PlateEdits {
    private PlateEdits() {}

    static AnalysisSession mask(
            AnalysisSession session, PlateKey key, Collection<WellId> wells, MaskReason reason, String note)
            throws AnalysisException {
        int index = session.indexOf(key);
        SessionPlate plate = session.state().plates().get(index);
        if (wells.isEmpty() || note.isBlank() || reason == MaskReason.INSTRUMENT_FLAG) {
            throw new IllegalArgumentException("masking needs at least one well, a reason other than the instrument's"
                    + " and a note saying why; got " + wells + ", " + reason + ", '" + note + "'");
        }
        ReviewContext context = session.context();
        Map<WellId, UserMask> masks = new TreeMap<>(plate.masks());
        for (WellId well : wells) {
            if (!plate.plate().format().contains(well)) {
                throw new IllegalArgumentException("well " + well + " is not on " + plate.label() + " ("
                        + plate.plate().format() + ")");
            }
            masks.put(well, UserMask.of(well, reason, note.strip(), context.user(), context.now()));
        }
        String detail = "masked " + EditText.wells(wells) + " (" + reason.slug() + ": " + note.strip() + ")";
        return reanalyze(session, index, plate.setup().withMasks(masks), AuditAction.MASK, wells, detail);
    }

    static AnalysisSession unmask(AnalysisSession session, PlateKey key, Collection<WellId> wells, String why)
            throws AnalysisException {
        int index = session.indexOf(key);
        SessionPlate plate = session.state().plates().get(index);
        Map<WellId, UserMask> masks = new TreeMap<>(plate.masks());
        for (WellId well : wells) {
            if (masks.remove(well) == null) {
                throw new IllegalArgumentException("well " + well + " of " + plate.label() + " is not masked by a"
                        + " person; instrument flags cannot be unmasked");
            }
        }
        String detail = "unmasked " + EditText.wells(wells) + EditText.because(why);
        return reanalyze(session, index, plate.setup().withMasks(masks), AuditAction.UNMASK, wells, detail);
    }

    static AnalysisSession decide(
            AnalysisSession session, CurveKey key, Optional<CurveDecision> decision, String detail) {
        int index = session.indexOf(key.plate());
        SessionPlate plate = session.state().plates().get(index);
        if (session.curve(key).isEmpty()) {
            throw new IllegalArgumentException(plate.label() + " has no curve for '" + key.compound() + "'");
        }
        if (decision.isEmpty() && !plate.decisions().containsKey(key.compound())) {
            throw new IllegalArgumentException(key.compound() + " on " + plate.label() + " has no decision to clear");
        }
        Map<String, CurveDecision> decisions = new TreeMap<>(plate.decisions());
        decision.ifPresentOrElse(d -> decisions.put(key.compound(), d), () -> decisions.remove(key.compound()));
        SessionState next = session.state().withPlates(Map.of(index, PlateAnalyzer.decide(plate, decisions)));
        AuditAction action = decision.map(
                        d -> d.verdict() == ReviewVerdict.ACCEPTED ? AuditAction.ACCEPT : AuditAction.REJECT)
                .orElse(AuditAction.CLEAR_DECISION);
        return session.append(next, action, plate.label() + " / " + key.compound(), detail, Set.of(index), Set.of(key));
    }

    private static AnalysisSession reanalyze(
            AnalysisSession session,
            int index,
            PlateSetup setup,
            AuditAction action,
            Collection<WellId> wells,
            String detail)
            throws AnalysisException {
        SessionState state = session.state();
        SessionPlate updated = PlateAnalyzer.reanalyze(
                setup,
                session.layoutOf(setup.layoutName()).layout(),
                state.settings(),
                state.plates().get(index));
        SessionState next = state.withPlates(Map.of(index, updated));
        Set<CurveKey> touched = new LinkedHashSet<>();
        for (CurveFit curve : state.plates().get(index).result().curves()) {
            for (DosePoint point : curve.series().points()) {
                if (wells.contains(point.well())) {
                    touched.add(new CurveKey(setup.key(), curve.compound()));
                }
            }
        }
        String target = updated.label() + " / " + EditText.wells(wells);
        return session.append(next, action, target, detail, Set.of(index), touched);
    }
}
