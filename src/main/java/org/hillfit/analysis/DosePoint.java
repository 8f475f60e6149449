/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.analysis;

import java.util.Optional;
import org.hillfit.plate.Concentration;
import org.hillfit.plate.WellId;

/**
 * One well of a dose series.
 *
 * @param well the well
 * @param concentration the dose; zero only for the vehicle wells of {@link DoseSeries#vehicle()}, never for a curve
 *     point
 * @param response % inhibition; NaN when the well has no number
 * @param mask why the point is left out of the fit, if it is
 */
public record DosePoint(WellId well, Concentration concentration, double response, Optional<WellMask> mask) {

    /** True when the point enters the fit. */
    public boolean isUsed() {
        return mask.isEmpty() && !Double.isNaN(response);
    }
}
