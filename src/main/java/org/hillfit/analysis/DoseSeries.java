/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * All sample wells of one compound on one plate, ordered by dose then well. Replicates are separate points (the fit
 * uses every one); {@link #summary()} condenses them per dose for display.
 *
 * @param compound the compound name
 * @param points the curve points (dose above 0)
 * @param vehicle the compound's zero-dose (vehicle) wells: neutral controls, shown beside the curve, never on the
 *     log axis
 */
public record DoseSeries(String compound, List<DosePoint> points, List<DosePoint> vehicle) {

    public DoseSeries {
        Objects.requireNonNull(compound, "compound");
        points = List.copyOf(points);
        vehicle = List.copyOf(vehicle);
    }

    /** A series without vehicle wells. */
    public DoseSeries(String compound, List<DosePoint> points) {
        this(compound, points, List.of());
    }

    /** Mean, SD and counts of the replicates at each dose, lowest dose first. */
    public List<DoseSummary> summary() {
        List<DoseSummary> summary = new ArrayList<>();
        int i = 0;
        while (i < points.size()) {
            int j = i;
            while (j < points.size()
                    && points.get(j).concentration().compareTo(points.get(i).concentration()) == 0) {
                j++;
            }
            summary.add(DoseSummary.of(points.subList(i, j)));
            i = j;
        }
        return summary;
    }
}
