/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.flow;

import java.util.Objects;
import org.hillfit.plate.WellId;

/** The per-well results the plate reader passes between its steps. */
final class FlowWells {
    private FlowWells() {}

    /**
     * A readable file and its well.
     *
     * @param well the well
     * @param input the file
     */
    record Source(WellId well, FcsPlateInputs.Input input) {}

    /**
     * A gated well.
     *
     * @param well the well
     * @param events events in the file
     * @param gated events inside every gate
     * @param readouts per readout parameter, the gated events' values, sorted
     */
    record Measurement(WellId well, int events, int gated, float[][] readouts) {
        Measurement {
            Objects.requireNonNull(well, "well");
        }
    }
}
