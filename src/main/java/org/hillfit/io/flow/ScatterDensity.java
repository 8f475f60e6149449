/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.flow;

/** Histogram tools for the automatic cells gate: saturation and the debris/cells valley of FSC. */
final class ScatterDensity {
    private static final int BINS = 128;
    private static final double PILE_UP = 0.001;

    private ScatterDensity() {}

    /**
     * The first value counted as saturated: the top channel of {@code $PnR} ({@code range − 1}), or lower when at
     * least 0.1 % of events pile up at the largest value (a detector clipping below its nominal range).
     */
    static double saturationLimit(float[] values, double range) {
        double max = Double.NEGATIVE_INFINITY;
        for (float v : values) {
            max = Math.max(max, v);
        }
        int atMax = 0;
        for (float v : values) {
            if (v >= max * 0.9999) {
                atMax++;
            }
        }
        double limit = range > 1 ? range - 1 : Double.POSITIVE_INFINITY;
        if (atMax >= Math.max(3, PILE_UP * values.length) && max > 0) {
            limit = Math.min(limit, max * 0.9999);
        }
        return limit;
    }

    /**
     * The FSC value below which events are debris: the density minimum between the debris and the cell population
     * (whichever of the two is taller), or the 0.5th percentile when the histogram has no such valley.
     *
     * @param sorted FSC values of unsaturated events, sorted
     */
    static double debrisCut(float[] sorted) {
        double lo = FlowStatistics.quantile(sorted, 0.005);
        double hi = FlowStatistics.quantile(sorted, 0.995);
        if (!(hi > lo)) {
            return Double.isNaN(lo) ? 0 : lo;
        }
        double width = (hi - lo) / BINS;
        double[] smooth = smoothed(histogram(sorted, lo, width));
        int peak = argMax(smooth, 0, BINS);
        int valley = valleyRightOf(smooth, peak, sorted, lo, width);
        if (valley < 0) {
            valley = valleyLeftOf(smooth, peak);
        }
        return valley < 0 ? lo : lo + (valley + 0.5) * width;
    }

    /** A valley right of the tallest peak (debris taller than cells) when the right side holds a real population. */
    private static int valleyRightOf(double[] smooth, int peak, float[] sorted, double lo, double width) {
        int valley = descendTo(smooth, peak, +1);
        if (valley < 0) {
            return -1;
        }
        double cut = lo + (valley + 0.5) * width;
        int below = sorted.length - FlowStatistics.countAbove(sorted, cut);
        int above = sorted.length - below;
        return above >= 0.5 * below ? valley : -1;
    }

    private static int valleyLeftOf(double[] smooth, int peak) {
        return descendTo(smooth, peak, -1);
    }

    /**
     * Walks from the peak in one direction; returns the lowest bin passed when a second population follows it (a
     * bin more than twice as high and at least 5 % of the peak, while the low bin is under half the peak), else −1.
     */
    private static int descendTo(double[] smooth, int peak, int direction) {
        int low = peak;
        for (int i = peak + direction; i >= 0 && i < smooth.length; i += direction) {
            if (smooth[i] < smooth[low]) {
                low = i;
            } else if (smooth[low] < 0.5 * smooth[peak]
                    && smooth[i] > 2 * smooth[low]
                    && smooth[i] > 0.05 * smooth[peak]) {
                return low;
            }
        }
        return -1;
    }

    private static double[] histogram(float[] sorted, double lo, double width) {
        double[] counts = new double[BINS];
        for (float v : sorted) {
            int bin = (int) ((v - lo) / width);
            if (bin >= 0 && bin < BINS) {
                counts[bin]++;
            } else if (bin == BINS) {
                counts[BINS - 1]++;
            }
        }
        return counts;
    }

    /** Two passes of a 5-bin moving average. */
    private static double[] smoothed(double[] counts) {
        double[] s = counts;
        for (int pass = 0; pass < 2; pass++) {
            double[] next = new double[s.length];
            for (int i = 0; i < s.length; i++) {
                double sum = 0;
                int n = 0;
                for (int k = Math.max(0, i - 2); k <= Math.min(s.length - 1, i + 2); k++) {
                    sum += s[k];
                    n++;
                }
                next[i] = sum / n;
            }
            s = next;
        }
        return s;
    }

    private static int argMax(double[] values, int from, int to) {
        int best = from;
        for (int i = from; i < to; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        return best;
    }
}
