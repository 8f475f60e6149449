/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.analysis;

import java.util.Objects;
import java.util.Optional;

/**
 * How raw readouts become % inhibition, per plate, against the plate's own controls.
 *
 * <p>Vehicle wells (sample wells at concentration 0) always join the plate's neutral group: they hold the same
 * treatment as the DMSO controls, so they add to the neutral centre and to the QC statistics, and they are never
 * curve points (a log axis has no zero). Blank wells, when the layout has any and {@code subtractBlank} is on, are
 * subtracted from every well first (their centre by the control statistic); % inhibition does not change, but the
 * reported readout, S:B and CVs are then blank-corrected.
 *
 * @param controlStatistic median (default) or mean of the control wells
 * @param qcThresholds Z' bands for pass / warn / fail
 * @param outlierRule which control wells are outliers and whether they are masked
 * @param subtractBlank subtract the blank wells' centre when the layout has blank wells (default true)
 * @param reference normalise to a reference compound's full effect instead of the inhibitor controls
 */
public record NormalizationOptions(
        ControlStatistic controlStatistic,
        QcThresholds qcThresholds,
        ControlOutlierRule outlierRule,
        boolean subtractBlank,
        Optional<ReferenceScaling> reference) {

    /** Median of controls, Z' ≥ 0.5 pass, ≥ 0 warn, control outliers flagged, blanks subtracted, no reference. */
    public static final NormalizationOptions DEFAULT = new NormalizationOptions(
            ControlStatistic.MEDIAN, QcThresholds.DEFAULT, ControlOutlierRule.DEFAULT, true, Optional.empty());

    public NormalizationOptions {
        Objects.requireNonNull(controlStatistic, "controlStatistic");
        Objects.requireNonNull(qcThresholds, "qcThresholds");
        Objects.requireNonNull(outlierRule, "outlierRule");
        Objects.requireNonNull(reference, "reference");
    }

    /** The defaults with another control statistic and QC bands. */
    public NormalizationOptions(ControlStatistic controlStatistic, QcThresholds qcThresholds) {
        this(controlStatistic, qcThresholds, ControlOutlierRule.DEFAULT, true, Optional.empty());
    }

    /** A copy with another control statistic. */
    public NormalizationOptions withControlStatistic(ControlStatistic statistic) {
        return new NormalizationOptions(statistic, qcThresholds, outlierRule, subtractBlank, reference);
    }

    /** A copy with other QC bands. */
    public NormalizationOptions withQcThresholds(QcThresholds thresholds) {
        return new NormalizationOptions(controlStatistic, thresholds, outlierRule, subtractBlank, reference);
    }

    /** A copy with another control-outlier rule. */
    public NormalizationOptions withOutlierRule(ControlOutlierRule rule) {
        return new NormalizationOptions(controlStatistic, qcThresholds, rule, subtractBlank, reference);
    }

    /** A copy that subtracts blanks (true) or not. */
    public NormalizationOptions withSubtractBlank(boolean subtract) {
        return new NormalizationOptions(controlStatistic, qcThresholds, outlierRule, subtract, reference);
    }

    /** A copy normalising to a reference compound (empty: to the inhibitor controls). */
    public NormalizationOptions withReference(Optional<ReferenceScaling> scaling) {
        return new NormalizationOptions(controlStatistic, qcThresholds, outlierRule, subtractBlank, scaling);
    }

    /**
     * These options in a few words, for reports and the audit trail: the control statistic, then only what differs
     * from {@link #DEFAULT} ("median of controls", "mean of controls, control outliers masked (robust z > 3.5)",
     * "median of controls, 100 % = reference 'X' (fitted)").
     */
    public String describe() {
        StringBuilder text =
                new StringBuilder(controlStatistic.name().toLowerCase(java.util.Locale.ROOT)).append(" of controls");
        if (!qcThresholds.equals(DEFAULT.qcThresholds)) {
            text.append(", Z′ pass ≥ ")
                    .append(qcThresholds.pass())
                    .append(", warn ≥ ")
                    .append(qcThresholds.warn());
        }
        if (outlierRule.mask() || !outlierRule.equals(DEFAULT.outlierRule)) {
            text.append(", control outliers ")
                    .append(outlierRule.mask() ? "masked" : "flagged")
                    .append(" (robust z > ")
                    .append(outlierRule.robustZLimit())
                    .append(')');
        }
        if (!subtractBlank) {
            text.append(", blanks not subtracted");
        }
        reference.ifPresent(r -> text.append(", 100 % = reference '")
                .append(r.compound())
                .append("' (")
                .append(r.mode().slug())
                .append(')'));
        return text.toString();
    }
}
