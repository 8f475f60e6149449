/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.samples.formats;

import java.util.Map;
import java.util.TreeMap;
import org.hillfit.plate.WellId;

/**
 * One channel of a simulated export, as a writer should put it into a vendor file.
 *
 * @param name a neutral name ("665" / "620"); writers label it the way their instrument does
 * @param excitationNm excitation wavelength
 * @param emissionNm emission wavelength (665 acceptor, 620 donor)
 * @param values per well, row-major for the plate's format; NaN = the well is not in the file
 * @param markers wells whose cell holds an instrument marker instead of a number; writers use their vendor's word
 */
public record ExportChannel(
        String name, int excitationNm, int emissionNm, double[] values, Map<WellId, ExportMarker> markers) {
    public ExportChannel {
        values = values.clone();
        markers = Map.copyOf(new TreeMap<>(markers));
    }

    /** Kinds of marker a simulated plate may need written; each writer spells them its vendor's way. */
    public enum ExportMarker {
        OVERFLOW,
        OUT_OF_RANGE,
        MISSED
    }
}
