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

    static AnalysisSession wells(
            AnalysisSession session, String layoutName, Map<WellId, WellContent> contents, String why)
            throws AnalysisException {
        SessionLayout layout = session.layoutOf(layoutName);
        Map<WellId, WellContent> wells = new TreeMap<>(layout.layout().wells());
        List<String> changes = new ArrayList<>();
        for (Map.Entry<WellId, WellContent> edit : new TreeMap<>(contents).entrySet()) {
            WellContent before = layout.layout().content(edit.getKey());
            if (before.isEquivalent(edit.getValue())) {
                continue;
            }
            if (edit.getValue().role() == WellRole.EMPTY) {
                wells.remove(edit.getKey());
            } else {
                wells.put(edit.getKey(), edit.getValue());
            }
            changes.add(edit.getKey() + ": " + EditText.content(before) + " → " + EditText.content(edit.getValue()));
        }
        if (changes.isEmpty()) {
            throw new IllegalArgumentException("nothing to change: " + EditText.wells(contents.keySet()) + " of layout "
                    + layout.displayName() + " already hold(s) what was asked");
        }
        SessionLayout edited = layout.withLayout(new PlateLayout(wells));
        String detail = String.join("; ", changes) + EditText.because(why);
        String target = "layout " + layout.displayName() + " / " + EditText.wells(contents.keySet());
        return apply(session, edited, Set.of(), target, detail);
    }

    static AnalysisSession assign(
            AnalysisSession session, SessionLayout layout, Collection<PlateKey> plates, String why)
            throws AnalysisException {
        Set<PlateKey> keys = new LinkedHashSet<>(plates);
        keys.forEach(session::indexOf);
        boolean replacing = session.layouts().containsKey(layout.name());
        String detail = (replacing ? "replaced layout " : "added layout ") + layout.name() + " from " + layout.source()
                + (keys.isEmpty() ? "" : " for " + keys.size() + " plate(s)") + EditText.because(why);
        return apply(session, layout, keys, "layout " + layout.displayName(), detail);
    }

    static AnalysisSession ownCopy(AnalysisSession session, PlateKey key, String why) throws AnalysisException {
        SessionPlate plate = session.plates().get(session.indexOf(key));
        SessionLayout shared = session.layoutOf(plate.layoutName());
        String base = shared.displayName() + " (" + plate.plate().name() + ")";
        String name = base;
        for (int n = 2; session.layouts().containsKey(name); n++) {
            name = base + " " + n;
        }
        SessionLayout copy = new SessionLayout(name, shared.source(), shared.layout());
        return assign(session, copy, List.of(key), why);
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
                replaced.put(i, PlateAnalyzer.reanalyze(setup, layout.layout(), state.settings(), plate));
            }
        }
        SessionState next = state.withLayout(layout, replaced);
        return session.append(next, AuditAction.LAYOUT, target, detail, replaced.keySet(), Set.of());
    }
}
