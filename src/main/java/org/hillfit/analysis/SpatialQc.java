/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.hillfit.plate.PlateFormat;
import org.hillfit.plate.WellId;

/**
 * Where on the plate the signal drifts. Computed on the normalised readout (blank-corrected when blanks are
 * subtracted) of the <em>scored</em> wells: wells the layout uses (any role but empty) with a value and no mask.
 *
 * <ul>
 *   <li>row and column means of the scored wells, and the row and column effects of a two-way median polish;
 *   <li>the edge effect: 100 × (median of the outer ring − median inside) / |median inside|, on the neutral
 *       controls when at least 2 of them lie on the edge and 2 inside (the same treatment, so any difference is the
 *       plate), else on all scored wells (then compound and dose placement also contribute; read it with care);
 *   <li>the B-score of every scored well: its median-polish residual / (1.4826 × MAD of all residuals) (Brideau et
 *       al. 2003). Row and column artefacts vanish from B-scores. They suit screening plates (one dose, random
 *       compounds); on a dose-response plate the dose trend is an interaction the polish cannot remove, so large
 *       B-scores there are expected.
 * </ul>
 *
 * @param rowMeans mean per row (NaN for a row without scored wells)
 * @param columnMeans mean per column
 * @param rowEffects median-polish row effects
 * @param columnEffects median-polish column effects
 * @param bScores per-well B-scores (NaN for wells not scored)
 * @param edgeEffectPercent the edge effect in % (negative: edge wells lower); NaN when there are not 2 + 2 wells
 * @param edgeBasis "neutral controls", "all scored wells", or "" when not computed
 */
public record SpatialQc(
        List<Double> rowMeans,
        List<Double> columnMeans,
        List<Double> rowEffects,
        List<Double> columnEffects,
        WellValues bScores,
        double edgeEffectPercent,
        String edgeBasis) {

    public SpatialQc {
        rowMeans = List.copyOf(rowMeans);
        columnMeans = List.copyOf(columnMeans);
        rowEffects = List.copyOf(rowEffects);
        columnEffects = List.copyOf(columnEffects);
        Objects.requireNonNull(bScores, "bScores");
        Objects.requireNonNull(edgeBasis, "edgeBasis");
    }

    /**
     * Computes the spatial statistics.
     *
     * @param scored the readout of scored wells, NaN elsewhere
     * @param neutral the neutral-group wells (neutral controls and vehicle wells)
     */
    public static SpatialQc of(WellValues scored, Set<WellId> neutral) {
        PlateFormat f = scored.format();
        MedianPolish polish = MedianPolish.of(scored);
        double[] residuals = polish.residuals().present();
        double scale = residuals.length == 0
                ? Double.NaN
                : ControlOutlierDetector.robustScale(residuals, Statistics.median(residuals));
        WellValues b = WellValues.of(f, w -> {
            double r = polish.residuals().get(w);
            return Double.isNaN(r) ? Double.NaN : scale > 0 ? r / scale : 0;
        });
        double edge = edgeEffect(scored, neutral);
        String basis = "neutral controls";
        if (Double.isNaN(edge)) {
            edge = edgeEffect(scored, Set.copyOf(f.wells()));
            basis = Double.isNaN(edge) ? "" : "all scored wells";
        }
        return new SpatialQc(
                lineMeans(scored, true),
                lineMeans(scored, false),
                polish.rowEffects(),
                polish.columnEffects(),
                b,
                edge,
                basis);
    }

    /** True when the well lies in the outer ring of its plate. */
    public static boolean isEdge(WellId well, PlateFormat format) {
        return well.rowIndex() == 0
                || well.rowIndex() == format.rows() - 1
                || well.column() == 1
                || well.column() == format.columns();
    }

    private static double edgeEffect(WellValues scored, Set<WellId> wells) {
        List<Double> edge = new ArrayList<>();
        List<Double> inner = new ArrayList<>();
        for (WellId well : wells) {
            double v = scored.get(well);
            if (!Double.isNaN(v)) {
                (isEdge(well, scored.format()) ? edge : inner).add(v);
            }
        }
        if (edge.size() < 2 || inner.size() < 2) {
            return Double.NaN;
        }
        double e =
                Statistics.median(edge.stream().mapToDouble(Double::doubleValue).toArray());
        double i = Statistics.median(
                inner.stream().mapToDouble(Double::doubleValue).toArray());
        return i == 0 ? Double.NaN : 100 * (e - i) / Math.abs(i);
    }

    private static List<Double> lineMeans(WellValues scored, boolean rows) {
        PlateFormat f = scored.format();
        List<Double> means = new ArrayList<>();
        int lines = rows ? f.rows() : f.columns();
        int length = rows ? f.columns() : f.rows();
        for (int k = 0; k < lines; k++) {
            double sum = 0;
            int n = 0;
            for (int m = 0; m < length; m++) {
                double v = rows ? scored.get(k, m + 1) : scored.get(m, k + 1);
                if (!Double.isNaN(v)) {
                    sum += v;
                    n++;
                }
            }
            means.add(n == 0 ? Double.NaN : sum / n);
        }
        return means;
    }
}
