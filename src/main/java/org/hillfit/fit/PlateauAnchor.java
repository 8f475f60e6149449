/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.fit;

import java.util.ArrayList;
import java.util.List;

/**
 * Marks the verdict on a fit whose unreached plateau was fixed at its control level ({@link FourPlFitter}): flags
 * {@code partial_curve} and {@code plateau_fixed_at_control}, and a status of at least {@code partial} (the data
 * alone do not show the plateau). Applied before the curve is classified, so such a curve is never "complete"
 * (class 1): its class is 2.x like any curve with one plateau.
 */
final class PlateauAnchor {
    private PlateauAnchor() {}

    static Verdict mark(Verdict v) {
        List<String> flags = new ArrayList<>(v.flags());
        if (!flags.contains("partial_curve")) {
            flags.add("partial_curve");
        }
        flags.add("plateau_fixed_at_control");
        CurveStatus status =
                v.status() == CurveStatus.OK || v.status() == CurveStatus.FLAGGED ? CurveStatus.PARTIAL : v.status();
        return new Verdict(status, v.qualifier(), v.reportedLogIc50(), v.showInterval(), flags, v.flatLine());
    }
}
