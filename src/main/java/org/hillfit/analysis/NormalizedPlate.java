/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.analysis;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.hillfit.plate.PlateLayout;
import org.hillfit.plate.WellId;

/**
 * A plate's readout expressed as % inhibition against its own controls, with its QC and masks.
 *
 * @param readout the raw readout the percentages come from
 * @param layout the layout used
 * @param neutralCenter centre of the neutral controls (0 % inhibition)
 * @param inhibitorCenter centre of the inhibitor controls (100 % inhibition)
 * @param masks every masked well (user, rules, instrument markers), by well
 * @param qc the plate's control statistics
 * @param options the options that produced this
 */
public record NormalizedPlate(
        Readout readout,
        PlateLayout layout,
        double neutralCenter,
        double inhibitorCenter,
        Map<WellId, WellMask> masks,
        PlateQc qc,
        NormalizationOptions options) {

    public NormalizedPlate {
        masks = Collections.unmodifiableMap(new TreeMap<>(masks));
    }

    /** % inhibition of a well = 100 (neutral − x) / (neutral − inhibitor); NaN when the well has no number. */
    public double percentInhibition(WellId well) {
        return 100 * (neutralCenter - readout.channel().valueAt(well)) / (neutralCenter - inhibitorCenter);
    }

    /** % activity = 100 − % inhibition. */
    public double percentActivity(WellId well) {
        return 100 - percentInhibition(well);
    }

    /** The mask of a well, if masked. */
    public Optional<WellMask> mask(WellId well) {
        return Optional.ofNullable(masks.get(well));
    }
}
