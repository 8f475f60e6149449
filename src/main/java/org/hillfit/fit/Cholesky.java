/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.fit;

/**
 * Cholesky factorisation of small symmetric positive-definite matrices, stored row-major in a {@code k × k} prefix
 * of an array. No allocation: callers pass their own arrays.
 */
final class Cholesky {
    private Cholesky() {}

    /**
     * Factorises {@code a} (k × k, row-major) into its lower factor L in place (upper triangle left untouched).
     *
     * @return false when the matrix is not numerically positive definite
     */
    static boolean decompose(double[] a, int k) {
        for (int j = 0; j < k; j++) {
            double d = a[j * k + j];
            for (int m = 0; m < j; m++) {
                d -= a[j * k + m] * a[j * k + m];
            }
            if (!(d > 0) || !Double.isFinite(d)) {
                return false;
            }
            double root = Math.sqrt(d);
            a[j * k + j] = root;
            for (int i = j + 1; i < k; i++) {
                double s = a[i * k + j];
                for (int m = 0; m < j; m++) {
                    s -= a[i * k + m] * a[j * k + m];
                }
                a[i * k + j] = s / root;
            }
        }
        return true;
    }

    /** Solves L Lᵀ x = b with the factor from {@link #decompose}; b is overwritten by x. */
    static void solve(double[] factor, int k, double[] b) {
        for (int i = 0; i < k; i++) {
            double s = b[i];
            for (int m = 0; m < i; m++) {
                s -= factor[i * k + m] * b[m];
            }
            b[i] = s / factor[i * k + i];
        }
        for (int i = k - 1; i >= 0; i--) {
            double s = b[i];
            for (int m = i + 1; m < k; m++) {
                s -= factor[m * k + i] * b[m];
            }
            b[i] = s / factor[i * k + i];
        }
    }

    /**
     * The inverse of the matrix whose factor is given, written to {@code inverse} (k × k); {@code column} is scratch
     * of length ≥ k.
     */
    static void invert(double[] factor, int k, double[] inverse, double[] column) {
        for (int j = 0; j < k; j++) {
            for (int i = 0; i < k; i++) {
                column[i] = i == j ? 1 : 0;
            }
            solve(factor, k, column);
            for (int i = 0; i < k; i++) {
                inverse[i * k + j] = column[i];
            }
        }
    }
}
