/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.result;

import java.util.Objects;
import org.hillfit.analysis.NormalizationOptions;
import org.hillfit.analysis.ReadoutSpec;
import org.hillfit.fit.FitOptions;

/**
 * Everything that turns imported plates into curves, recorded with every result.
 *
 * @param readout which per-well number to use
 * @param normalization control statistic and QC bands
 * @param fit fit options
 */
public record AnalysisSettings(ReadoutSpec readout, NormalizationOptions normalization, FitOptions fit) {

    /** Automatic readout, median controls, default fit. */
    public static final AnalysisSettings DEFAULT =
            new AnalysisSettings(ReadoutSpec.AUTO, NormalizationOptions.DEFAULT, FitOptions.DEFAULT);

    public AnalysisSettings {
        Objects.requireNonNull(readout, "readout");
        Objects.requireNonNull(normalization, "normalization");
        Objects.requireNonNull(fit, "fit");
    }

    /** The settings in a few words: "readout auto; median of controls; 4PL, Hill fixed at 1". */
    public String describe() {
        return "readout " + readout + "; " + normalization.describe() + "; " + fit.describe();
    }

    /** A copy with other normalisation options. */
    public AnalysisSettings withNormalization(NormalizationOptions newNormalization) {
        return new AnalysisSettings(readout, newNormalization, fit);
    }

    /** A copy with another readout. */
    public AnalysisSettings withReadout(ReadoutSpec newReadout) {
        return new AnalysisSettings(newReadout, normalization, fit);
    }
}
