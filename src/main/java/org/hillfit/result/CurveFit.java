/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.result;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
 * @param plateFlags plate-level reasons that concern every curve of the plate, e.g. masked control wells
 *     ("control_outlier_masked:A01", "control_user_masked:P23"); they do not change the status
 * @param decision a reviewer's accept/reject decision, if any
 */
public record CurveFit(
        String assay,
        String plate,
        DoseSeries series,
        CurveResult result,
        boolean plateFailedQc,
        List<String> plateFlags,
        Optional<CurveDecision> decision) {

    public CurveFit {
        plateFlags = List.copyOf(plateFlags);
        Objects.requireNonNull(decision, "decision");
    }

    /** A curve without plate-level flags that nobody has reviewed yet. */
    public CurveFit(String assay, String plate, DoseSeries series, CurveResult result, boolean plateFailedQc) {
        this(assay, plate, series, result, plateFailedQc, List.of(), Optional.empty());
    }

    /** A curve with plate-level flags that nobody has reviewed yet. */
    public CurveFit(
            String assay,
            String plate,
            DoseSeries series,
            CurveResult result,
            boolean plateFailedQc,
            List<String> plateFlags) {
        this(assay, plate, series, result, plateFailedQc, plateFlags, Optional.empty());
    }

    /** A copy with another (or no) review decision; the fit is shared, not recomputed. */
    public CurveFit withDecision(Optional<CurveDecision> newDecision) {
        return new CurveFit(assay, plate, series, result, plateFailedQc, plateFlags, newDecision);
    }

    /** True when a reviewer rejected the curve. */
    public boolean isRejected() {
        return decision.map(CurveDecision::isRejected).orElse(false);
    }

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
     * is at least "flagged" when the fit itself was ok. A curve a reviewer rejected is "flagged" whatever its fit.
     */
    public CurveStatus status() {
        if (isRejected()) {
            return CurveStatus.FLAGGED;
        }
        if (result.status() == CurveStatus.OK && (plateFailedQc || !wellFlags().isEmpty())) {
            return CurveStatus.FLAGGED;
        }
        return result.status();
    }

    /**
     * The fit's flags followed by per-well reasons ("overflow:B07", "outlier_masked:C05"), plate-level reasons,
     * plate QC and the review ("accepted_by_user", "rejected_by_user"). The fitter's own outlier test names its
     * points by index; they appear here as {@code outlier_masked:<well>} in place of the fitter's generic
     * {@code outlier_masked}.
     */
    public List<String> flags() {
        List<String> flags = new ArrayList<>(result.flags());
        flags.remove("outlier_masked");
        flags.addAll(wellFlags());
        flags.addAll(plateFlags);
        if (plateFailedQc) {
            flags.add("plate_qc_failed");
        }
        decision.ifPresent(d -> flags.add(d.verdict().slug() + "_by_user"));
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
            point.mask().ifPresent(mask -> flags.add(mask.flagSlug() + ":" + point.well()));
            if (point.mask().isEmpty() && Double.isNaN(point.response())) {
                flags.add("no_value:" + point.well());
            }
        }
        return flags;
    }
}
