/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.analysis;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Quality of one plate: the assay window of its controls, control outliers and spatial effects. NaN where a
 * statistic is undefined (too few wells). Control statistics use the normalised readout (blank-corrected when
 * blanks are subtracted) of control wells that have a value and no mask; vehicle wells count as neutral.
 *
 * @param zPrime Z' = 1 − 3(σn + σi) / |μn − μi| (Zhang et al. 1999)
 * @param robustZPrime Z' with medians and 1.4826 × MAD
 * @param signalToBackground the larger control mean over the smaller
 * @param signalToNoise |μn − μi| / σ of the lower (background) group
 * @param cvNeutralPercent CV% of the neutral controls
 * @param cvInhibitorPercent CV% of the inhibitor controls
 * @param neutralCount neutral wells used
 * @param inhibitorCount inhibitor wells used
 * @param verdict pass / warn / fail from Z'
 * @param cvBlankPercent CV% of the blank wells (on the uncorrected readout); NaN without blanks
 * @param blankCount blank wells used
 * @param controlOutliers control wells the outlier rule found, masked or only flagged
 * @param spatial row/column effects, edge effect and B-scores, when computed
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
        QcVerdict verdict,
        double cvBlankPercent,
        int blankCount,
        List<ControlOutlier> controlOutliers,
        Optional<SpatialQc> spatial) {

    public PlateQc {
        Objects.requireNonNull(verdict, "verdict");
        controlOutliers = List.copyOf(controlOutliers);
        Objects.requireNonNull(spatial, "spatial");
    }

    /** The assay-window statistics alone (no blanks, outliers or spatial statistics). */
    public PlateQc(
            double zPrime,
            double robustZPrime,
            double signalToBackground,
            double signalToNoise,
            double cvNeutralPercent,
            double cvInhibitorPercent,
            int neutralCount,
            int inhibitorCount,
            QcVerdict verdict) {
        this(
                zPrime,
                robustZPrime,
                signalToBackground,
                signalToNoise,
                cvNeutralPercent,
                cvInhibitorPercent,
                neutralCount,
                inhibitorCount,
                verdict,
                Double.NaN,
                0,
                List.of(),
                Optional.empty());
    }

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

    /** A copy with blank statistics. */
    public PlateQc withBlanks(double[] blank) {
        return new PlateQc(
                zPrime,
                robustZPrime,
                signalToBackground,
                signalToNoise,
                cvNeutralPercent,
                cvInhibitorPercent,
                neutralCount,
                inhibitorCount,
                verdict,
                finite(Statistics.cvPercent(blank)),
                blank.length,
                controlOutliers,
                spatial);
    }

    /** A copy with control outliers. */
    public PlateQc withControlOutliers(List<ControlOutlier> outliers) {
        return new PlateQc(
                zPrime,
                robustZPrime,
                signalToBackground,
                signalToNoise,
                cvNeutralPercent,
                cvInhibitorPercent,
                neutralCount,
                inhibitorCount,
                verdict,
                cvBlankPercent,
                blankCount,
                outliers,
                spatial);
    }

    /** A copy with spatial statistics. */
    public PlateQc withSpatial(SpatialQc newSpatial) {
        return new PlateQc(
                zPrime,
                robustZPrime,
                signalToBackground,
                signalToNoise,
                cvNeutralPercent,
                cvInhibitorPercent,
                neutralCount,
                inhibitorCount,
                verdict,
                cvBlankPercent,
                blankCount,
                controlOutliers,
                Optional.of(newSpatial));
    }

    private static double finite(double v) {
        return Double.isFinite(v) ? v : Double.NaN;
    }
}
