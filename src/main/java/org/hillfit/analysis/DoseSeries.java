/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.analysis;

import java.util.List;

/**
 * All sample wells of one compound on one plate, ordered by dose then well. Replicates are separate points.
 *
 * @param compound the compound name
 * @param points the points
 */
public record DoseSeries(String compound, List<DosePoint> points) {

    public DoseSeries {
        points = List.copyOf(points);
    }
}
