/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.result;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One run of a reference compound on its control chart.
 *
 * @param run "run / plate" label
 * @param date when it was measured (or analysed), if known
 * @param potency its IC50, if it has one
 * @param status where it lies against the limits in force when it was run
 * @param excludedBecause why it does not count, if it does not
 * @param lowerLimit the lower limit it was judged against (pIC50; mean − 2 SD of the earlier runs); NaN when there
 *     were too few earlier runs
 * @param upperLimit the upper limit it was judged against; NaN likewise
 */
public record ControlPoint(
        String run,
        Optional<LocalDate> date,
        Optional<Potency> potency,
        ControlStatus status,
        Optional<String> excludedBecause,
        double lowerLimit,
        double upperLimit) {
    public ControlPoint {
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(potency, "potency");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(excludedBecause, "excludedBecause");
    }

    /** pIC50 (the chart's y value; for a qualified value, its bound); NaN without an IC50. */
    public double pIc50() {
        return potency.map(Potency::pIc50).orElse(Double.NaN);
    }
}
