/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.fit;

/**
 * Bell-shaped (or U-shaped) data: the response per concentration peaks, in the direction of the effect, at an
 * interior concentration with at least two concentrations above it, and the mean of the two highest concentrations
 * falls back from the peak, and the peak rises above the lowest concentration, by more than max(activity
 * threshold, 3 × Sy.x) (the activity threshold alone when the
 * sigmoid does not describe the data, as its Sy.x then measures the misfit, not the noise). Typical of cytotoxicity, insolubility or
 * a second mechanism at high doses; a sigmoid cannot describe it.
 */
final class ShapeCheck {
    private ShapeCheck() {}

    /** Bell-shaped in the direction of the fitted effect. */
    static boolean isBellShaped(FittedCurve fit) {
        return isBellShaped(fit, fit.effectDirection(), Double.isFinite(fit.syx()) ? 3 * fit.syx() : 0);
    }

    /**
     * Bell-shaped in the direction the data rise from the lowest concentration to their extreme (for fits that do
     * not describe the data, whose direction means nothing).
     */
    static boolean isBellShapedData(FittedCurve fit) {
        double[] means = fit.concentrationMeans();
        double max = Double.NEGATIVE_INFINITY;
        double min = Double.POSITIVE_INFINITY;
        for (double m : means) {
            max = Math.max(max, m);
            min = Math.min(min, m);
        }
        return means.length > 0 && isBellShaped(fit, max - means[0] >= means[0] - min ? 1 : -1, 0);
    }

    private static boolean isBellShaped(FittedCurve fit, int d, double noise) {
        double[] means = fit.concentrationMeans();
        int g = means.length;
        if (g < 4) {
            return false;
        }
        int peak = 0;
        for (int i = 1; i < g; i++) {
            if (d * means[i] > d * means[peak]) {
                peak = i;
            }
        }
        if (peak > g - 3) {
            return false;
        }
        double tail = 0.5 * (means[g - 1] + means[g - 2]);
        double drop = d * (means[peak] - tail);
        double rise = d * (means[peak] - means[0]);
        double threshold = Math.max(fit.activityThreshold(), noise);
        return drop > threshold && rise > threshold;
    }
}
