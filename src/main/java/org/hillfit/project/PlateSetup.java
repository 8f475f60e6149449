/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.project;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.hillfit.plate.Plate;
import org.hillfit.plate.WellId;
import org.hillfit.result.CurveDecision;

/**
 * What a person decided about one plate, without its analysis: what a project file stores per plate.
 *
 * @param key which plate
 * @param assay its assay
 * @param plate the plate as imported
 * @param layoutName the session layout it uses
 * @param masks masks people set, by well
 * @param decisions accept/reject decisions, by compound
 */
record PlateSetup(
        PlateKey key,
        String assay,
        Plate plate,
        String layoutName,
        Map<WellId, UserMask> masks,
        Map<String, CurveDecision> decisions) {

    PlateSetup {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(assay, "assay");
        Objects.requireNonNull(plate, "plate");
        Objects.requireNonNull(layoutName, "layoutName");
        masks = Collections.unmodifiableMap(new TreeMap<>(masks));
        decisions = Collections.unmodifiableMap(new TreeMap<>(decisions));
    }

    PlateSetup withMasks(Map<WellId, UserMask> newMasks) {
        return new PlateSetup(key, assay, plate, layoutName, newMasks, decisions);
    }

    PlateSetup withLayoutName(String newLayoutName) {
        return new PlateSetup(key, assay, plate, newLayoutName, masks, decisions);
    }
}
