/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.fit;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The numbers behind a fitted curve, for reports that show more than the IC50.
 *
 * @param model the family fitted
 * @param estimates Bottom, Top, LogIC50, HillSlope (and Asymmetry for the 5PL), Top being the upper plateau
 * @param sumOfSquares (weighted) residual sum of squares, response units squared
 * @param degreesOfFreedom n − p, p the number of estimated parameters
 * @param iterations Levenberg–Marquardt iterations of the final fit
 * @param convergence how the final fit ended
 * @param flatLinePValue p of the extra-sum-of-squares F test of this model against a flat line (small: a curve)
 * @param absoluteLogIc50 log10(mol/L) where the curve crosses the middle of the control window (50 %), when the
 *     window is known and the curve crosses it; may lie outside the tested range
 * @param asymptoticCiLow lower end of the asymptotic interval of LogIC50 (NaN when undefined)
 * @param asymptoticCiHigh upper end of the asymptotic interval of LogIC50 (NaN when undefined)
 * @param profileCiLow lower end of the profile-likelihood interval (NaN when not computed or unbounded)
 * @param profileCiHigh upper end of the profile-likelihood interval (NaN when not computed or unbounded)
 * @param maxCorrelation largest |correlation| between two estimated parameters (NaN when singular)
 * @param maxDependency largest dependency 1 − 1/VIF of a parameter on the others (Prism's "dependency")
 */
public record FitSummary(
        CurveModel model,
        List<ParameterEstimate> estimates,
        double sumOfSquares,
        int degreesOfFreedom,
        int iterations,
        Convergence convergence,
        double flatLinePValue,
        OptionalDouble absoluteLogIc50,
        double asymptoticCiLow,
        double asymptoticCiHigh,
        double profileCiLow,
        double profileCiHigh,
        double maxCorrelation,
        double maxDependency) {

    public FitSummary {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(convergence, "convergence");
        Objects.requireNonNull(absoluteLogIc50, "absoluteLogIc50");
        estimates = List.copyOf(estimates);
    }

    /** The estimate with this name ("Bottom", "Top", "LogIC50", "HillSlope", "Asymmetry"). */
    public Optional<ParameterEstimate> estimate(String name) {
        return estimates.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    /** The 5PL asymmetry S, when the model is the 5PL. */
    public OptionalDouble asymmetry() {
        return estimate("Asymmetry").map(e -> OptionalDouble.of(e.value())).orElse(OptionalDouble.empty());
    }
}
