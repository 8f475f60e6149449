/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.analysis;

import java.util.Objects;
import org.hillfit.plate.WellId;
import org.hillfit.plate.WellRole;

/**
 * A control well far from its group (see {@link ControlOutlierRule}).
 *
 * @param well the well
 * @param role its control group (neutral, inhibitor or blank; vehicle wells count as neutral)
 * @param value its readout
 * @param robustZ (value − group median) / robust SD of the group
 * @param masked true when the rule masked it, false when it is only flagged
 */
public record ControlOutlier(WellId well, WellRole role, double value, double robustZ, boolean masked) {
    public ControlOutlier {
        Objects.requireNonNull(well, "well");
        Objects.requireNonNull(role, "role");
    }
}
