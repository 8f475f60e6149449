/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.flow;

/** Inversion of small dense matrices (spillover matrices of up to a few dozen parameters). */
final class SquareMatrices {
    private static final double SINGULAR = 1e-12;

    private SquareMatrices() {}

    /**
     * The inverse of an n×n row-major matrix, by Gauss–Jordan elimination with partial pivoting.
     *
     * @throws IllegalArgumentException when the matrix is singular (or nearly so)
     */
    static double[] invert(double[] matrix, int n) {
        double[] a = matrix.clone();
        double[] inv = new double[n * n];
        for (int i = 0; i < n; i++) {
            inv[i * n + i] = 1;
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(a[r * n + col]) > Math.abs(a[pivot * n + col])) {
                    pivot = r;
                }
            }
            if (!(Math.abs(a[pivot * n + col]) > SINGULAR)) {
                throw new IllegalArgumentException("is singular (no inverse)");
            }
            swapRows(a, n, col, pivot);
            swapRows(inv, n, col, pivot);
            double scale = 1 / a[col * n + col];
            for (int c = 0; c < n; c++) {
                a[col * n + c] *= scale;
                inv[col * n + c] *= scale;
            }
            for (int r = 0; r < n; r++) {
                double factor = a[r * n + col];
                if (r != col && factor != 0) {
                    for (int c = 0; c < n; c++) {
                        a[r * n + c] -= factor * a[col * n + c];
                        inv[r * n + c] -= factor * inv[col * n + c];
                    }
                }
            }
        }
        return inv;
    }

    private static void swapRows(double[] m, int n, int r1, int r2) {
        if (r1 == r2) {
            return;
        }
        for (int c = 0; c < n; c++) {
            double t = m[r1 * n + c];
            m[r1 * n + c] = m[r2 * n + c];
            m[r2 * n + c] = t;
        }
    }
}
