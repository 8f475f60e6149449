/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.result;

import java.util.List;
import org.hillfit.analysis.HeatMap;
import org.hillfit.analysis.HeatMaps;
import org.hillfit.analysis.NormalizedPlate;
import org.hillfit.analysis.QcVerdict;
import org.hillfit.plate.Plate;

/**
 * One analysed plate.
 *
 * @param assay the assay/target
 * @param plate the imported plate
 * @param normalized readout, % inhibition, masks and QC
 * @param curves one fit per compound
 */
public record PlateResult(String assay, Plate plate, NormalizedPlate normalized, List<CurveFit> curves) {
    public PlateResult {
        curves = List.copyOf(curves);
    }

    /** The plate's heat maps: each raw channel, the readout, % inhibition and B-scores. */
    public List<HeatMap> heatMaps() {
        return HeatMaps.all(plate, normalized);
    }

    /** True when the plate's Z' verdict is fail. */
    public boolean failedQc() {
        return normalized.qc().verdict() == QcVerdict.FAIL;
    }
}
