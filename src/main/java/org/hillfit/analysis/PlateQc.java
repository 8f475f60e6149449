/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.analysis;

/**
 * Assay-window statistics of one plate's controls. NaN where a statistic is undefined (too few wells).
 *
 * @param zPrime Z' = 1 − 3(σn + σi) / |μn − μi|
 * @param robustZPrime Z' with medians and 1.4826 × MAD
 * @param signalToBackground larger control mean over the smaller
 * @param signalToNoise |μn − μi| / σ of the lower (background) group
 * @param cvNeutralPercent CV% of the neutral controls
 * @param cvInhibitorPercent CV% of the inhibitor controls
 * @param neutralCount neutral wells used
 * @param inhibitorCount inhibitor wells used
 * @param verdict pass / warn / fail from Z'
 */
public record PlateQc(
        double zPrime,
        double robustZPrime,
        double signalToBackground,
        double signalToNoise,
        double cvNeutralPercent,
        double cvInhibitorPercent,
        int neutralCount,
        int inhibitorCount,
        QcVerdict verdict) {

    /** Computes the statistics from the control values (masked and flagged wells already left out). */
    public static PlateQc of(double[] neutral, double[] inhibitor, QcThresholds thresholds) {
        double mn = Statistics.mean(neutral);
        double mi = Statistics.mean(inhibitor);
        double sn = Statistics.sd(neutral);
        double si = Statistics.sd(inhibitor);
        double window = Math.abs(mn - mi);
        double z = 1 - 3 * (sn + si) / window;
        double robustWindow = Math.abs(Statistics.median(neutral) - Statistics.median(inhibitor));
        double robustZ = 1 - 3 * (Statistics.robustSd(neutral) + Statistics.robustSd(inhibitor)) / robustWindow;
        double sb = Math.max(mn, mi) / Math.min(mn, mi);
        double backgroundSd = mn < mi ? sn : si;
        return new PlateQc(
                finite(z),
                finite(robustZ),
                finite(sb),
                finite(window / backgroundSd),
                finite(Statistics.cvPercent(neutral)),
                finite(Statistics.cvPercent(inhibitor)),
                neutral.length,
                inhibitor.length,
                thresholds.verdict(finite(z)));
    }

    private static double finite(double v) {
        return Double.isFinite(v) ? v : Double.NaN;
    }
}
