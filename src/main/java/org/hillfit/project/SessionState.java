/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.project;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.hillfit.result.AnalysisResult;
import org.hillfit.result.AnalysisSettings;
import org.hillfit.result.AuditEntry;
import org.hillfit.result.PlateResult;

/**
 * Everything that defines a session's analysis, without its audit trail: undo restores one of these.
 *
 * @param inputs the inputs in order
 * @param layouts layouts by name, in the order they were added
 * @param settings readout, normalisation and fit settings
 * @param plates the plates in input order, each analysed
 * @param references reference compound by assay
 * @param notes notes in the order written
 */
record SessionState(
        List<SessionInput> inputs,
        Map<String, SessionLayout> layouts,
        AnalysisSettings settings,
        List<SessionPlate> plates,
        Map<String, String> references,
        List<Note> notes) {

    SessionState {
        inputs = List.copyOf(inputs);
        layouts = Collections.unmodifiableMap(new LinkedHashMap<>(layouts));
        Objects.requireNonNull(settings, "settings");
        plates = List.copyOf(plates);
        references = Collections.unmodifiableMap(new TreeMap<>(references));
        notes = List.copyOf(notes);
        Set<PlateKey> keys = new java.util.HashSet<>();
        for (SessionPlate plate : plates) {
            if (!keys.add(plate.key())) {
                throw new IllegalArgumentException(
                        "two plates are named '" + plate.key().plate() + "' in input "
                                + (plate.key().input() + 1) + "; plate names must be unique within an input");
            }
            if (!layouts.containsKey(plate.layoutName())) {
                throw new IllegalArgumentException(
                        plate.key() + " uses the layout '" + plate.layoutName() + "', which the session lacks");
            }
            if (plate.key().input() >= inputs.size()) {
                throw new IllegalArgumentException(plate.key() + " refers to a missing input");
            }
        }
    }

    /** A copy in which the plates at the given indices are replaced; all others are the same instances. */
    SessionState withPlates(Map<Integer, SessionPlate> replaced) {
        List<SessionPlate> copy = new ArrayList<>(plates);
        replaced.forEach(copy::set);
        return new SessionState(inputs, layouts, settings, copy, references, notes);
    }

    SessionState withSettings(AnalysisSettings newSettings, List<SessionPlate> newPlates) {
        return new SessionState(inputs, layouts, newSettings, newPlates, references, notes);
    }

    SessionState withLayout(SessionLayout layout, Map<Integer, SessionPlate> replaced) {
        Map<String, SessionLayout> copy = new LinkedHashMap<>(layouts);
        copy.put(layout.name(), layout);
        return new SessionState(inputs, copy, settings, plates, references, notes).withPlates(replaced);
    }

    SessionState withInput(int index, SessionInput input) {
        List<SessionInput> copy = new ArrayList<>(inputs);
        copy.set(index, input);
        return new SessionState(copy, layouts, settings, plates, references, notes);
    }

    SessionState withReferences(Map<String, String> newReferences) {
        return new SessionState(inputs, layouts, settings, plates, newReferences, notes);
    }

    SessionState withNote(Note note) {
        List<Note> copy = new ArrayList<>(notes);
        copy.add(note);
        return new SessionState(inputs, layouts, settings, plates, references, copy);
    }

    /** The analysis as one result, carrying the audit trail. */
    AnalysisResult toResult(List<AuditEntry> audit) {
        Set<String> sources = new LinkedHashSet<>();
        plates.forEach(p -> sources.add(layouts.get(p.layoutName()).source()));
        if (sources.isEmpty()) {
            layouts.values().forEach(l -> sources.add(l.source()));
        }
        List<String> warnings = new ArrayList<>();
        inputs.forEach(i -> warnings.addAll(i.warnings()));
        List<PlateResult> results = plates.stream().map(SessionPlate::result).toList();
        return new AnalysisResult(
                inputs.stream().map(SessionInput::record).toList(),
                String.join("; ", sources),
                settings,
                results,
                warnings,
                audit);
    }
}
