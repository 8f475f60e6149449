/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.project;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.hillfit.plate.PlateLayout;
import org.hillfit.plate.WellContent;
import org.hillfit.plate.WellId;
import org.hillfit.plate.WellRole;
import org.hillfit.result.AnalysisSettings;
import org.hillfit.result.AuditAction;

/** Edits that reach several plates: settings (all plates) and layouts (the plates using them). */
final class LayoutEdits {
    private LayoutEdits() {}

    static AnalysisSession settings(AnalysisSession session, AnalysisSettings newSettings, String why)
            throws AnalysisException {
        SessionState state = session.state();
        if (newSettings.equals(state.settings())) {
            return session;
        }
        List<SessionPlate> plates = new ArrayList<>();
        Set<Integer> all = new LinkedHashSet<>();
        for (SessionPlate plate : state.plates()) {
            all.add(plates.size());
            plates.add(PlateAnalyzer.analyze(
                    plate.setup(), session.layoutOf(plate.layoutName()).layout(), newSettings));
        }
        SessionState next = state.withSettings(newSettings, plates);
        String detail = EditText.settings(state.settings(), newSettings) + EditText.because(why);
        return session.append(next, AuditAction.SETTINGS, "settings", detail, all, Set.of());
    }

    static AnalysisSession well(
            AnalysisSession session, String layoutName, WellId well, WellContent content, String why)
            throws AnalysisException {
        SessionLayout layout = session.layoutOf(layoutName);
        Map<WellId, WellContent> wells = new TreeMap<>(layout.layout().wells());
        WellContent before = layout.layout().content(well);
        if (content.role() == WellRole.EMPTY) {
            wells.remove(well);
        } else {
            wells.put(well, content);
        }
        SessionLayout edited = layout.withLayout(new PlateLayout(wells));
        String detail =
                well + ": " + EditText.content(before) + " → " + EditText.content(content) + EditText.because(why);
        return apply(session, edited, Set.of(), "layout " + layoutName + " / " + well, detail);
    }

    static AnalysisSession assign(
            AnalysisSession session, SessionLayout layout, Collection<PlateKey> plates, String why)
            throws AnalysisException {
        Set<PlateKey> keys = new LinkedHashSet<>(plates);
        keys.forEach(session::indexOf);
        boolean replacing = session.layouts().containsKey(layout.name());
        String detail = (replacing ? "replaced layout " : "added layout ") + layout.name() + " from " + layout.source()
                + (keys.isEmpty() ? "" : " for " + keys.size() + " plate(s)") + EditText.because(why);
        return apply(session, layout, keys, "layout " + layout.name(), detail);
    }

    /** Puts the layout in, moves the given plates onto it, and reanalyses every plate that uses it. */
    private static AnalysisSession apply(
            AnalysisSession session, SessionLayout layout, Set<PlateKey> moved, String target, String detail)
            throws AnalysisException {
        SessionState state = session.state();
        Map<Integer, SessionPlate> replaced = new HashMap<>();
        for (int i = 0; i < state.plates().size(); i++) {
            SessionPlate plate = state.plates().get(i);
            if (moved.contains(plate.key()) || plate.layoutName().equals(layout.name())) {
                PlateSetup setup = plate.setup().withLayoutName(layout.name());
                replaced.put(i, PlateAnalyzer.analyze(setup, layout.layout(), state.settings()));
            }
        }
        SessionState next = state.withLayout(layout, replaced);
        return session.append(next, AuditAction.LAYOUT, target, detail, replaced.keySet(), Set.of());
    }
}
