/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.analysis;

import java.util.Objects;

/**
 * How raw readouts become % inhibition.
 *
 * @param controlStatistic median (default) or mean of the control wells
 * @param qcThresholds Z' bands for pass / warn / fail
 */
public record NormalizationOptions(ControlStatistic controlStatistic, QcThresholds qcThresholds) {

    /** Median of controls, Z' ≥ 0.5 pass, ≥ 0 warn. */
    public static final NormalizationOptions DEFAULT =
            new NormalizationOptions(ControlStatistic.MEDIAN, QcThresholds.DEFAULT);

    public NormalizationOptions {
        Objects.requireNonNull(controlStatistic, "controlStatistic");
        Objects.requireNonNull(qcThresholds, "qcThresholds");
    }
}
