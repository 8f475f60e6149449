/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.result;

import java.util.ArrayList;
import java.util.List;
import org.hillfit.analysis.DosePoint;
import org.hillfit.analysis.DoseSeries;
import org.hillfit.fit.CurveData;
import org.hillfit.fit.CurveResult;
import org.hillfit.fit.CurveStatus;

/**
 * One compound's curve on one plate of one assay: its points and its fit.
 *
 * @param assay the assay/target
 * @param plate the plate name
 * @param series the dose series
 * @param result the fit
 * @param plateFailedQc true when the plate's Z' verdict is fail
 */
public record CurveFit(String assay, String plate, DoseSeries series, CurveResult result, boolean plateFailedQc) {

    /** A series as fitter input: X = log10(mol/L), Y = % inhibition, masked or value-less points excluded. */
    public static CurveData curveData(DoseSeries series) {
        List<DosePoint> points = series.points();
        int n = points.size();
        double[] x = new double[n];
        double[] y = new double[n];
        boolean[] excluded = new boolean[n];
        for (int i = 0; i < n; i++) {
            DosePoint p = points.get(i);
            x[i] = p.concentration().log10Molar();
            y[i] = p.response();
            excluded[i] = !p.isUsed();
        }
        return new CurveData(x, y, excluded);
    }

    /** The compound. */
    public String compound() {
        return series.compound();
    }

    /**
     * The status shown to users: the fit's, except that a curve on a plate that failed QC, or with flagged wells,
     * is at least "flagged" when the fit itself was ok.
     */
    public CurveStatus status() {
        if (result.status() == CurveStatus.OK && (plateFailedQc || !wellFlags().isEmpty())) {
            return CurveStatus.FLAGGED;
        }
        return result.status();
    }

    /**
     * The fit's flags followed by per-well reasons ("overflow:B07", "outlier_masked:C05") and plate QC. The fitter's
     * own outlier test names its points by index; they appear here as {@code outlier_masked:<well>} in place of the
     * fitter's generic {@code outlier_masked}.
     */
    public List<String> flags() {
        List<String> flags = new ArrayList<>(result.flags());
        flags.remove("outlier_masked");
        flags.addAll(wellFlags());
        if (plateFailedQc) {
            flags.add("plate_qc_failed");
        }
        return flags;
    }

    private List<String> wellFlags() {
        List<String> flags = new ArrayList<>();
        List<DosePoint> points = series.points();
        for (int index : result.outlierIndices()) {
            if (index >= 0 && index < points.size()) {
                flags.add("outlier_masked:" + points.get(index).well());
            }
        }
        for (DosePoint point : points) {
            point.mask()
                    .ifPresent(mask -> flags.add(
                            switch (mask.reason()) {
                                case INSTRUMENT_FLAG -> mask.note().split(" ", 2)[0] + ":" + point.well();
                                case USER -> "user_masked:" + point.well();
                                case OUTLIER -> "outlier_masked:" + point.well();
                                case FAILED_TRANSFER -> "failed_transfer:" + point.well();
                                case LOW_EVENTS -> "low_events:" + point.well();
                            }));
            if (point.mask().isEmpty() && Double.isNaN(point.response())) {
                flags.add("no_value:" + point.well());
            }
        }
        return flags;
    }
}
