/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.result;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One curve of a compound in a replicate summary.
 *
 * @param run the run's label (may be empty)
 * @param plate the plate
 * @param date when the plate was measured (or, failing that, analysed), when known
 * @param potency the curve's reported IC50, if it has one
 * @param excludedBecause why it does not count ("rejected_by_user", "plate_qc_failed", "fit_ambiguous",
 *     "fit_flagged", "no_ic50"); empty when it counts
 * @param outlier true when it lies more than the outlier distance from the mean of the others
 */
public record Replicate(
        String run,
        String plate,
        Optional<LocalDate> date,
        Optional<Potency> potency,
        Optional<String> excludedBecause,
        boolean outlier) {
    public Replicate {
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(plate, "plate");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(potency, "potency");
        Objects.requireNonNull(excludedBecause, "excludedBecause");
    }

    /** True when it enters the mean. */
    public boolean isIncluded() {
        return excludedBecause.isEmpty();
    }

    /** "run / plate", or the plate alone for an unnamed run. */
    public String label() {
        return run.isEmpty() ? plate : run + " / " + plate;
    }

    Replicate withOutlier(boolean isOutlier) {
        return new Replicate(run, plate, date, potency, excludedBecause, isOutlier);
    }
}
