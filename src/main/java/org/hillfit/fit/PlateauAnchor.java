/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.fit;

import java.util.ArrayList;
import java.util.List;

/**
 * Marks the result of a fit whose unreached plateau was fixed at its control level ({@link FourPlFitter}): flags
 * {@code partial_curve} and {@code plateau_fixed_at_control}, and a status of at least {@code partial} (the data
 * alone do not show the plateau).
 */
final class PlateauAnchor {
    private PlateauAnchor() {}

    static CurveResult mark(CurveResult r) {
        List<String> flags = new ArrayList<>(r.flags());
        if (!flags.contains("partial_curve")) {
            flags.add("partial_curve");
        }
        flags.add("plateau_fixed_at_control");
        CurveStatus status =
                r.status() == CurveStatus.OK || r.status() == CurveStatus.FLAGGED ? CurveStatus.PARTIAL : r.status();
        return new CurveResult(
                status,
                r.qualifier(),
                r.reportedLogIc50(),
                r.logIc50CiLow(),
                r.logIc50CiHigh(),
                r.parameters(),
                r.r2(),
                r.syx(),
                r.pointsUsed(),
                r.pointsMasked(),
                r.curveClass(),
                flags,
                r.minLogConcentration(),
                r.maxLogConcentration(),
                r.details(),
                r.outlierIndices());
    }
}
