/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.fit;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The outcome of fitting one curve. Never an exception: a curve that cannot be fitted has a status and flags. The
 * reported IC50 is the <em>relative</em> IC50 (the midpoint of the fitted curve); the absolute IC50 (where the curve
 * crosses 50 %) is in {@link #absoluteLogIc50()}.
 *
 * @param status the verdict
 * @param qualifier how the reported IC50 relates to the truth ({@code >} for inactive and above-range curves)
 * @param reportedLogIc50 log10(mol/L) of the reported IC50 (the fit, or the tested bound it lies beyond); NaN when
 *     there is no value at all (no usable points, or too few to tell)
 * @param logIc50CiLow lower confidence limit of log IC50 (method and level per {@link FitOptions}); NaN when not
 *     defined or not trustworthy (qualified, ambiguous, inactive)
 * @param logIc50CiHigh upper confidence limit of log IC50; NaN when not defined
 * @param parameters the reported model, when a fit was made: the fitted sigmoid (its four shared parameters), or,
 *     when the flat line describes the data as well (inactive, active at all doses, flat intermediate response,
 *     bell shape), the flat line as Prism reports a preferred simpler model: Top = Bottom = its level, LogIC50 and
 *     HillSlope NaN ({@link FourPlParameters#flat}); the sigmoid's estimates stay in {@link #details}
 * @param r2 coefficient of determination of the sigmoid fit (for a flat-line verdict the evidence it was judged
 *     by); NaN without a fit
 * @param syx standard deviation of the residuals, √(SS/(n − p)); NaN when undefined
 * @param pointsUsed points that entered the fit
 * @param pointsMasked points left out (masked by the user or a rule, not fittable, or outliers)
 * @param curveClass NCGC-style class "1.1", "1.2", "2.1", "2.2", "3" or "4" ({@link CurveClassifier})
 * @param flags machine-readable reasons: {@code no_points}, {@code too_few_points}, {@code
 *     zero_concentration_excluded}, {@code non_finite_excluded}, {@code inactive}, {@code active_at_all_doses},
 *     {@code flat_intermediate_response}, {@code bell_shape}, {@code ic50_above_range}, {@code ic50_below_range},
 *     {@code ambiguous_fit}, {@code asymptote_outside_window}, {@code partial_curve}, {@code
 *     few_points_beyond_bend}, {@code plateau_fixed_at_control}, {@code hill_out_of_range}, {@code not_converged},
 *     {@code outlier_masked} (see {@link #outlierIndices}), {@code ci_unbounded}
 * @param minLogConcentration lowest tested log10(mol/L) among used points; NaN without points
 * @param maxLogConcentration highest tested log10(mol/L) among used points; NaN without points
 * @param details the full fit (standard errors, SS, iterations, …), when a fit was made
 * @param outlierIndices indices into the {@link CurveData} of the points the outlier test masked, ascending
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
        double maxLogConcentration,
        Optional<FitSummary> details,
        List<Integer> outlierIndices) {

    public CurveResult {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(qualifier, "qualifier");
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(curveClass, "curveClass");
        Objects.requireNonNull(details, "details");
        flags = List.copyOf(flags);
        outlierIndices = List.copyOf(outlierIndices);
    }

    /** A result without fit details or outliers (the shape of the first release, kept for callers and tests). */
    public CurveResult(
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
        this(
                status,
                qualifier,
                reportedLogIc50,
                logIc50CiLow,
                logIc50CiHigh,
                parameters,
                r2,
                syx,
                pointsUsed,
                pointsMasked,
                curveClass,
                flags,
                minLogConcentration,
                maxLogConcentration,
                Optional.empty(),
                List.of());
    }

    /** The reported IC50 in mol/L, when there is one. */
    public OptionalDouble ic50Molar() {
        return Double.isNaN(reportedLogIc50)
                ? OptionalDouble.empty()
                : OptionalDouble.of(StrictMath.pow(10, reportedLogIc50));
    }

    /** pIC50 = −log10(IC50 in mol/L), when there is an IC50. */
    public OptionalDouble pIc50() {
        return Double.isNaN(reportedLogIc50) ? OptionalDouble.empty() : OptionalDouble.of(-reportedLogIc50);
    }

    /** True when the confidence interval is defined. */
    public boolean hasConfidenceInterval() {
        return !Double.isNaN(logIc50CiLow) && !Double.isNaN(logIc50CiHigh);
    }

    /** log10(mol/L) where the fitted curve crosses 50 % (the absolute IC50), when defined. */
    public OptionalDouble absoluteLogIc50() {
        return details.map(FitSummary::absoluteLogIc50).orElse(OptionalDouble.empty());
    }

    /** True when the flags contain this reason (exactly, or as "reason:detail"). */
    public boolean hasFlag(String reason) {
        return flags.stream().anyMatch(f -> f.equals(reason) || f.startsWith(reason + ":"));
    }
}
