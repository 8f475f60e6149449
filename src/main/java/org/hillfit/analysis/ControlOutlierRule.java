/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.analysis;

/**
 * Which control wells are outliers, and what happens to them. A control well is an outlier when its robust z-score
 * within its group (neutral, inhibitor or blank), |x − median| / (1.4826 × MAD), exceeds {@code robustZLimit}: the
 * modified z-score of Iglewicz and Hoaglin (1993), whose recommended cut-off is 3.5. When the MAD is 0 (many tied
 * values) the scale falls back to 1.2533 × the mean absolute deviation from the median, as they suggest; when both
 * are 0 nothing is an outlier. Groups smaller than {@code minimumGroupSize} are not tested: with 3 or 4 wells the
 * median and MAD cannot tell which well is wrong.
 *
 * <p>The default flags outliers without masking them. A careful scientist looks before dropping controls: masking
 * them silently raises Z' (a plate can be "rescued" that should fail), and the default median centre already
 * resists a single bad well. Masking is an explicit option ({@code --mask-control-outliers}).
 *
 * @param robustZLimit robust z above which a control is an outlier, above 0
 * @param minimumGroupSize smallest group that is tested, at least 3
 * @param mask true to mask outliers (left out of centres and QC), false to flag only
 */
public record ControlOutlierRule(double robustZLimit, int minimumGroupSize, boolean mask) {

    /** |robust z| > 3.5, groups of 5 or more, flag only. */
    public static final ControlOutlierRule DEFAULT = new ControlOutlierRule(3.5, 5, false);

    public ControlOutlierRule {
        if (!(robustZLimit > 0) || !Double.isFinite(robustZLimit)) {
            throw new IllegalArgumentException("the robust z limit must be above 0; got " + robustZLimit);
        }
        if (minimumGroupSize < 3) {
            throw new IllegalArgumentException("the minimum group size must be at least 3; got " + minimumGroupSize);
        }
    }

    /** A copy that masks (true) or only flags (false) outliers. */
    public ControlOutlierRule withMask(boolean newMask) {
        return new ControlOutlierRule(robustZLimit, minimumGroupSize, newMask);
    }
}
