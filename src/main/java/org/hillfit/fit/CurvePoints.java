/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.fit;

import java.util.ArrayList;
import java.util.List;

/**
 * The usable points of a curve, sorted by (X, Y, original index) so that the fit does not depend on the order of
 * the input, with their original indices and the reasons other points were left out. Points are usable when not
 * excluded and both X and Y are finite; concentration 0 (X = −∞) is left out with {@code
 * zero_concentration_excluded}, other non-finite values with {@code non_finite_excluded}.
 */
final class CurvePoints {
    final int n;
    final double[] x;
    final double[] y;
    final int[] index;
    final int masked;
    final List<String> flags;

    private CurvePoints(double[] x, double[] y, int[] index, int n, int masked, List<String> flags) {
        this.x = x;
        this.y = y;
        this.index = index;
        this.n = n;
        this.masked = masked;
        this.flags = flags;
    }

    /** The usable points of {@code data}. */
    static CurvePoints of(CurveData data) {
        int size = data.size();
        double[] x = new double[size];
        double[] y = new double[size];
        int[] index = new int[size];
        boolean zero = false;
        boolean nonFinite = false;
        int n = 0;
        for (int i = 0; i < size; i++) {
            if (data.isExcluded(i)) {
                continue;
            }
            double xi = data.logConcentration(i);
            double yi = data.response(i);
            if (xi == Double.NEGATIVE_INFINITY && !Double.isNaN(yi)) {
                zero = true;
            } else if (!Double.isFinite(xi) || !Double.isFinite(yi)) {
                nonFinite = true;
            } else {
                x[n] = xi;
                y[n] = yi;
                index[n++] = i;
            }
        }
        List<String> flags = new ArrayList<>(2);
        if (zero) {
            flags.add("zero_concentration_excluded");
        }
        if (nonFinite) {
            flags.add("non_finite_excluded");
        }
        sort(x, y, index, n);
        return new CurvePoints(x, y, index, n, size - n, flags);
    }

    /** The points without those at the given positions (positions in this sorted order, ascending). */
    CurvePoints without(boolean[] drop) {
        double[] nx = new double[n];
        double[] ny = new double[n];
        int[] ni = new int[n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (!drop[i]) {
                nx[k] = x[i];
                ny[k] = y[i];
                ni[k++] = index[i];
            }
        }
        return new CurvePoints(nx, ny, ni, k, masked + (n - k), flags);
    }

    /** Lowest X; NaN without points. */
    double minX() {
        return n == 0 ? Double.NaN : x[0];
    }

    /** Highest X; NaN without points. */
    double maxX() {
        return n == 0 ? Double.NaN : x[n - 1];
    }

    /** Number of distinct X values. */
    int distinctX() {
        int d = n == 0 ? 0 : 1;
        for (int i = 1; i < n; i++) {
            if (x[i] != x[i - 1]) {
                d++;
            }
        }
        return d;
    }

    /** Lowest Y. */
    double minY() {
        double m = Double.POSITIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            m = Math.min(m, y[i]);
        }
        return m;
    }

    /** Highest Y. */
    double maxY() {
        double m = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            m = Math.max(m, y[i]);
        }
        return m;
    }

    /**
     * Sorts by (x, y, index): insertion sort for the 8–48 points of a typical curve (no allocation), a comparison
     * sort beyond 64 points; both give the same order.
     */
    private static void sort(double[] x, double[] y, int[] index, int n) {
        if (n > 64) {
            sortLarge(x, y, index, n);
            return;
        }
        for (int i = 1; i < n; i++) {
            double xi = x[i];
            double yi = y[i];
            int ii = index[i];
            int j = i - 1;
            while (j >= 0 && (x[j] > xi || (x[j] == xi && y[j] > yi))) {
                x[j + 1] = x[j];
                y[j + 1] = y[j];
                index[j + 1] = index[j];
                j--;
            }
            x[j + 1] = xi;
            y[j + 1] = yi;
            index[j + 1] = ii;
        }
    }

    private static void sortLarge(double[] x, double[] y, int[] index, int n) {
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> {
            int c = Double.compare(x[a], x[b]);
            if (c == 0) {
                c = Double.compare(y[a], y[b]);
            }
            return c != 0 ? c : Integer.compare(index[a], index[b]);
        });
        double[] sx = new double[n];
        double[] sy = new double[n];
        int[] si = new int[n];
        for (int i = 0; i < n; i++) {
            sx[i] = x[order[i]];
            sy[i] = y[order[i]];
            si[i] = index[order[i]];
        }
        System.arraycopy(sx, 0, x, 0, n);
        System.arraycopy(sy, 0, y, 0, n);
        System.arraycopy(si, 0, index, 0, n);
    }
}
