/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.fit;

/**
 * Bell-shaped (or U-shaped) data: the response per concentration peaks, in the direction of the effect, at an
 * interior concentration with at least two concentrations above it; the mean of the two highest concentrations falls
 * back from the peak, and the peak rises above the lowest concentration, by more than max(activity threshold, 3 ×
 * Sy.x); and the fitted sigmoid does not follow the fall (the mean residual of the points at the two highest
 * concentrations lies more than half the activity threshold against the effect), so the extreme of many noisy
 * means is not mistaken for a bell. When the sigmoid does not describe the data at all (an inactive verdict), the
 * shape test alone decides, with the activity threshold alone (Sy.x then measures the misfit, not the noise).
 * Typical of cytotoxicity, insolubility or a second mechanism at high doses.
 */
final class ShapeCheck {
    private ShapeCheck() {}

    /** Bell-shaped in the direction of the fitted effect, and not followed by the fit. */
    static boolean isBellShaped(FittedCurve fit) {
        int d = fit.effectDirection();
        return isBellShaped(fit, d, Double.isFinite(fit.syx()) ? 3 * fit.syx() : 0)
                && d * tailResidual(fit) < -0.5 * fit.activityThreshold();
    }

    /** Mean residual (data − fit) of the points at the two highest concentrations. */
    private static double tailResidual(FittedCurve fit) {
        CurvePoints points = fit.points();
        int groups = 0;
        double sum = 0;
        int count = 0;
        for (int i = points.n - 1; i >= 0; i--) {
            if (i == points.n - 1 || points.x[i] != points.x[i + 1]) {
                groups++;
            }
            if (groups > 2) {
                break;
            }
            sum += points.y[i] - fit.valueAt(points.x[i]);
            count++;
        }
        return count == 0 ? 0 : sum / count;
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
