/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.fit;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The outcome of fitting one curve. Never an exception: a curve that cannot be fitted has a status and flags.
 *
 * @param status the verdict
 * @param qualifier how the reported IC50 relates to the truth ({@code >} for inactive and above-range curves)
 * @param reportedLogIc50 log10(mol/L) of the reported IC50 (the fit, or the tested bound it lies beyond); NaN when
 *     there is no value at all (no usable points)
 * @param logIc50CiLow lower 95 % confidence limit of log IC50; NaN when not defined
 * @param logIc50CiHigh upper 95 % confidence limit of log IC50; NaN when not defined
 * @param parameters the fitted 4PL, when a fit converged
 * @param r2 coefficient of determination of the fit; NaN without a fit
 * @param syx standard deviation of the residuals, √(SS/(n − p)); NaN when undefined
 * @param pointsUsed points that entered the fit
 * @param pointsMasked points excluded (masked by the user or a rule, or not fittable)
 * @param curveClass NCGC-style class "1.1", "1.2", "2.1", "2.2", "3" or "4"
 * @param flags machine-readable reasons, e.g. "hill_out_of_range", "too_few_points"
 * @param minLogConcentration lowest tested log10(mol/L) among used points; NaN without points
 * @param maxLogConcentration highest tested log10(mol/L) among used points; NaN without points
 */
public record CurveResult(
        CurveStatus status,
        Qualifier qualifier,
        double reportedLogIc50,
        double logIc50CiLow,
        double logIc50CiHigh,
        Optional<FourPlParameters> parameters,
        double r2,
        double syx,
        int pointsUsed,
        int pointsMasked,
        String curveClass,
        List<String> flags,
        double minLogConcentration,
        double maxLogConcentration) {

    public CurveResult {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(qualifier, "qualifier");
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(curveClass, "curveClass");
        flags = List.copyOf(flags);
    }

    /** The reported IC50 in mol/L, when there is one. */
    public OptionalDouble ic50Molar() {
        return Double.isNaN(reportedLogIc50)
                ? OptionalDouble.empty()
                : OptionalDouble.of(Math.pow(10, reportedLogIc50));
    }

    /** pIC50 = −log10(IC50 in mol/L), when there is an IC50. */
    public OptionalDouble pIc50() {
        return Double.isNaN(reportedLogIc50) ? OptionalDouble.empty() : OptionalDouble.of(-reportedLogIc50);
    }

    /** True when the confidence interval is defined. */
    public boolean hasConfidenceInterval() {
        return !Double.isNaN(logIc50CiLow) && !Double.isNaN(logIc50CiHigh);
    }
}
