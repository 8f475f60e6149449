/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.analysis;

import java.util.Arrays;
import java.util.Locale;

/** Summary statistics of small samples. NaN for an empty sample; SD needs two values. */
public final class Statistics {
    /** Scales the median absolute deviation to the SD of a normal distribution. */
    public static final double MAD_TO_SD = 1.4826;

    private Statistics() {}

    /** Arithmetic mean. */
    public static double mean(double[] v) {
        if (v.length == 0) {
            return Double.NaN;
        }
        double sum = 0;
        for (double x : v) {
            sum += x;
        }
        return sum / v.length;
    }

    /** Sample standard deviation (n − 1). */
    public static double sd(double[] v) {
        if (v.length < 2) {
            return Double.NaN;
        }
        double m = mean(v);
        double ss = 0;
        for (double x : v) {
            ss += (x - m) * (x - m);
        }
        return Math.sqrt(ss / (v.length - 1));
    }

    /** Median (mean of the two middle values for even n). */
    public static double median(double[] v) {
        if (v.length == 0) {
            return Double.NaN;
        }
        double[] s = v.clone();
        Arrays.sort(s);
        int mid = s.length / 2;
        return s.length % 2 == 1 ? s[mid] : 0.5 * (s[mid - 1] + s[mid]);
    }

    /** Median absolute deviation from the median, scaled by {@link #MAD_TO_SD}. */
    public static double robustSd(double[] v) {
        if (v.length < 2) {
            return Double.NaN;
        }
        double m = median(v);
        double[] dev = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            dev[i] = Math.abs(v[i] - m);
        }
        return MAD_TO_SD * median(dev);
    }

    /** Coefficient of variation in %: 100 · SD / |mean|. */
    public static double cvPercent(double[] v) {
        return 100 * sd(v) / Math.abs(mean(v));
    }

    /** A short human form with 4 significant digits, for messages. */
    public static String format(double v) {
        return String.format(Locale.ROOT, "%.4g", v);
    }
}
