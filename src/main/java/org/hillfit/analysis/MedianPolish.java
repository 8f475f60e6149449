/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.analysis;

import java.util.ArrayList;
import java.util.List;
import org.hillfit.plate.PlateFormat;

/**
 * Tukey's two-way median polish of a plate: value = overall + row effect + column effect + residual, fitted by
 * sweeping row and column medians alternately (at most 10 sweeps, stopping when an absolute change is below 1e-9
 * of the data's scale). Wells without a value are left out of every median.
 *
 * @param overall the overall effect
 * @param rowEffects one effect per row (NaN for a row without values)
 * @param columnEffects one effect per column (NaN for a column without values)
 * @param residuals per-well residuals (NaN where there was no value)
 */
public record MedianPolish(double overall, List<Double> rowEffects, List<Double> columnEffects, WellValues residuals) {
    private static final int MAX_SWEEPS = 10;

    public MedianPolish {
        rowEffects = List.copyOf(rowEffects);
        columnEffects = List.copyOf(columnEffects);
    }

    /** Polishes the values. */
    public static MedianPolish of(WellValues values) {
        PlateFormat f = values.format();
        double[][] r = new double[f.rows()][f.columns()];
        for (int i = 0; i < f.rows(); i++) {
            for (int j = 0; j < f.columns(); j++) {
                r[i][j] = values.get(i, j + 1);
            }
        }
        double[] row = new double[f.rows()];
        double[] col = new double[f.columns()];
        double overall = 0;
        double scale = Math.max(1e-300, Statistics.median(absolute(values.present())));
        boolean[] rowUsed = used(r, true);
        boolean[] colUsed = used(r, false);
        for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
            double change = sweepRows(r, row);
            double delta = medianOf(col, colUsed);
            for (int j = 0; j < col.length; j++) {
                col[j] -= delta;
            }
            overall += delta;
            change += sweepColumns(r, col);
            delta = medianOf(row, rowUsed);
            for (int i = 0; i < row.length; i++) {
                row[i] -= delta;
            }
            overall += delta;
            if (change < 1e-9 * scale) {
                break;
            }
        }
        double[] residuals = new double[f.wellCount()];
        for (int i = 0; i < f.rows(); i++) {
            System.arraycopy(r[i], 0, residuals, i * f.columns(), f.columns());
        }
        return new MedianPolish(overall, effects(row, rowUsed), effects(col, colUsed), new WellValues(f, residuals));
    }

    /** Which rows (or columns) hold at least one value. */
    private static boolean[] used(double[][] r, boolean rows) {
        boolean[] used = new boolean[rows ? r.length : r[0].length];
        for (int i = 0; i < r.length; i++) {
            for (int j = 0; j < r[i].length; j++) {
                if (!Double.isNaN(r[i][j])) {
                    used[rows ? i : j] = true;
                }
            }
        }
        return used;
    }

    private static double sweepRows(double[][] r, double[] row) {
        double change = 0;
        for (int i = 0; i < r.length; i++) {
            double m = medianOf(r[i]);
            if (!Double.isNaN(m)) {
                for (int j = 0; j < r[i].length; j++) {
                    r[i][j] -= m;
                }
                row[i] += m;
                change += Math.abs(m);
            }
        }
        return change;
    }

    private static double sweepColumns(double[][] r, double[] col) {
        double change = 0;
        double[] column = new double[r.length];
        for (int j = 0; j < col.length; j++) {
            for (int i = 0; i < r.length; i++) {
                column[i] = r[i][j];
            }
            double m = medianOf(column);
            if (!Double.isNaN(m)) {
                for (int i = 0; i < r.length; i++) {
                    r[i][j] -= m;
                }
                col[j] += m;
                change += Math.abs(m);
            }
        }
        return change;
    }

    /** Effects as a list, NaN for lines without any value. */
    private static List<Double> effects(double[] effects, boolean[] used) {
        List<Double> list = new ArrayList<>();
        for (int k = 0; k < effects.length; k++) {
            list.add(used[k] ? effects[k] : Double.NaN);
        }
        return list;
    }

    private static double medianOf(double[] effects, boolean[] used) {
        double[] present = new double[effects.length];
        int n = 0;
        for (int k = 0; k < effects.length; k++) {
            if (used[k]) {
                present[n++] = effects[k];
            }
        }
        return n == 0 ? 0 : Statistics.median(java.util.Arrays.copyOf(present, n));
    }

    private static double medianOf(double[] v) {
        double[] present =
                java.util.Arrays.stream(v).filter(x -> !Double.isNaN(x)).toArray();
        return Statistics.median(present);
    }

    private static double[] absolute(double[] v) {
        return java.util.Arrays.stream(v).map(Math::abs).toArray();
    }
}
