/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.cli;

import java.util.Optional;
import org.hillfit.analysis.ControlOutlierRule;
import org.hillfit.analysis.ControlStatistic;
import org.hillfit.analysis.NormalizationOptions;
import org.hillfit.analysis.QcThresholds;
import org.hillfit.analysis.ReadoutSpec;
import org.hillfit.analysis.ReferenceScaling;
import org.hillfit.result.AnalysisSettings;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The analysis settings of {@code analyze}: readout, normalisation, control outliers and the QC thresholds. */
final class SettingsMixin {
    @Option(
            names = "--readout",
            defaultValue = "auto",
            paramLabel = "READOUT",
            description = "auto, ratio, acceptor, donor, deltaf, mfi, pct-positive, or a channel name (default: auto).")
    private String readout;

    @Option(
            names = "--control-statistic",
            defaultValue = "median",
            paramLabel = "median|mean",
            description = "Centre of the control wells for normalisation (default: median).")
    private ControlStatistic controlStatistic;

    @Option(
            names = "--z-prime-pass",
            defaultValue = "0.5",
            paramLabel = "Z",
            description = "Lowest Z' of a passing plate (default: 0.5).")
    private double zPrimePass;

    @Option(
            names = "--z-prime-warn",
            defaultValue = "0",
            paramLabel = "Z",
            description = "Lowest Z' that is not a failure (default: 0); a failed plate's curves are flagged.")
    private double zPrimeWarn;

    @Option(
            names = "--mask-control-outliers",
            description = "Mask control wells with |robust z| > 3.5 in their group (default: flag them only).")
    private boolean maskControlOutliers;

    @Option(
            names = "--reference",
            paramLabel = "COMPOUND",
            description = "Normalise 100 %% to this reference compound instead of the inhibitor controls.")
    private String reference;

    @Option(
            names = "--reference-scale",
            defaultValue = "fitted",
            paramLabel = "fitted|plateau",
            description = "With --reference: its fitted top/bottom, or its highest-dose plateau (default: fitted).")
    private String referenceScale;

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    /**
     * The settings these options describe.
     *
     * @throws CommandLine.ParameterException (a usage error) for crossed Z' thresholds or an unknown reference scale
     */
    AnalysisSettings settings() {
        return AnalysisSettings.DEFAULT.withReadout(ReadoutSpec.parse(readout)).withNormalization(normalization());
    }

    private NormalizationOptions normalization() {
        QcThresholds thresholds;
        try {
            thresholds = new QcThresholds(zPrimePass, zPrimeWarn);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--z-prime-warn/--z-prime-pass: " + e.getMessage());
        }
        ReferenceScaling.Mode mode = ReferenceScaling.Mode.parse(referenceScale)
                .orElseThrow(() -> new CommandLine.ParameterException(
                        spec.commandLine(),
                        "--reference-scale must be fitted or plateau; got '" + referenceScale + "'"));
        NormalizationOptions options = NormalizationOptions.DEFAULT
                .withControlStatistic(controlStatistic)
                .withQcThresholds(thresholds)
                .withOutlierRule(ControlOutlierRule.DEFAULT.withMask(maskControlOutliers));
        if (reference != null) {
            options = options.withReference(Optional.of(new ReferenceScaling(reference, mode)));
        }
        return options;
    }
}
