/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.project;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.hillfit.plate.Plate;
import org.hillfit.plate.WellId;
import org.hillfit.result.CurveDecision;
import org.hillfit.result.PlateResult;

/**
 * One plate of a session: the parsed plate, which layout it uses, the masks and decisions people made on it, and its
 * current analysis (decisions applied). Unchanged plates are shared between successive sessions.
 *
 * @param key which plate
 * @param assay its assay
 * @param plate the plate as imported
 * @param layoutName the name of the session layout it uses
 * @param masks masks people set, by well
 * @param decisions accept/reject decisions, by compound
 * @param result the analysis of the plate with these masks, layout, settings and decisions
 */
public record SessionPlate(
        PlateKey key,
        String assay,
        Plate plate,
        String layoutName,
        Map<WellId, UserMask> masks,
        Map<String, CurveDecision> decisions,
        PlateResult result) {

    public SessionPlate {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(assay, "assay");
        Objects.requireNonNull(plate, "plate");
        Objects.requireNonNull(layoutName, "layoutName");
        Objects.requireNonNull(result, "result");
        masks = Collections.unmodifiableMap(new TreeMap<>(masks));
        decisions = Collections.unmodifiableMap(new TreeMap<>(decisions));
    }

    /** What is stored of this plate in a project: everything but the analysis. */
    PlateSetup setup() {
        return new PlateSetup(key, assay, plate, layoutName, masks, decisions);
    }

    /** "TYK2 / TYK2-P1": how audit entries and notes name the plate. */
    public String label() {
        return assay + " / " + plate.name();
    }
}
