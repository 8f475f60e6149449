/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.fit;

import java.util.Arrays;

/** Weight functions of M-estimators and the robust scale of residuals. */
final class RobustWeights {
    static final double HUBER_K = 1.345;
    static final double BISQUARE_C = 4.685;

    private RobustWeights() {}

    /** The weight of a residual u in robust-SD units. */
    static double weight(RobustMethod method, double u) {
        double a = Math.abs(u);
        return switch (method) {
            case NONE -> 1;
            case HUBER -> a <= HUBER_K ? 1 : HUBER_K / a;
            case BISQUARE -> {
                if (a >= BISQUARE_C) {
                    yield 0;
                }
                double t = u / BISQUARE_C;
                double v = 1 - t * t;
                yield v * v;
            }
        };
    }

    /** 1.4826 × median |r| × √(n / (n − p)) for the first n residuals; 0 when most residuals are 0. */
    static double madScale(double[] r, int n, int p) {
        double[] a = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = Math.abs(r[i]);
        }
        Arrays.sort(a);
        double median = n % 2 == 1 ? a[n / 2] : 0.5 * (a[n / 2 - 1] + a[n / 2]);
        return 1.482602218505602 * median * Math.sqrt(n / (double) Math.max(n - p, 1));
    }

    /**
     * The ROUT robust SD of the residuals (RSDR): the 68.27th percentile of |r| (linear interpolation between order
     * statistics) times n / (n − p).
     */
    static double rsdr(double[] r, int n, int p) {
        double[] a = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = Math.abs(r[i]);
        }
        Arrays.sort(a);
        double position = 0.6827 * (n - 1);
        int lo = (int) position;
        int hi = Math.min(lo + 1, n - 1);
        double percentile = a[lo] + (position - lo) * (a[hi] - a[lo]);
        return percentile * n / Math.max(n - p, 1);
    }
}
