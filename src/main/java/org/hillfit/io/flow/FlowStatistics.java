/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.flow;

import java.util.Arrays;

/** Order statistics of event values. */
final class FlowStatistics {
    private FlowStatistics() {}

    /** The median of sorted values; NaN when empty. */
    static double median(float[] sorted) {
        return quantile(sorted, 0.5);
    }

    /**
     * The q-quantile of sorted values by linear interpolation between order statistics (Hyndman–Fan type 7, the
     * default of R and numpy); NaN when empty.
     */
    static double quantile(float[] sorted, double q) {
        int n = sorted.length;
        if (n == 0) {
            return Double.NaN;
        }
        double h = (n - 1) * q;
        int lo = (int) Math.floor(h);
        int hi = Math.min(n - 1, lo + 1);
        return sorted[lo] + (h - lo) * ((double) sorted[hi] - sorted[lo]);
    }

    /** The mean; NaN when empty. */
    static double mean(float[] values) {
        double sum = 0;
        for (float v : values) {
            sum += v;
        }
        return values.length == 0 ? Double.NaN : sum / values.length;
    }

    /** A sorted copy. */
    static float[] sorted(float[] values) {
        float[] copy = values.clone();
        Arrays.sort(copy);
        return copy;
    }

    /** 1.4826 × the median absolute deviation from the median: a robust standard deviation. */
    static double robustSd(float[] values, double median) {
        float[] deviations = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            deviations[i] = (float) Math.abs(values[i] - median);
        }
        Arrays.sort(deviations);
        return 1.4826 * median(deviations);
    }

    /** Number of sorted values strictly above a threshold. */
    static int countAbove(float[] sorted, double threshold) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] > threshold) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return sorted.length - lo;
    }
}
