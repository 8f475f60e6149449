/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.fit;

import java.util.Objects;

/**
 * One fitted parameter.
 *
 * @param name "Bottom", "Top", "LogIC50", "HillSlope" or "Asymmetry" (Prism's names)
 * @param value the estimate (response units for Bottom/Top, log10 mol/L for LogIC50)
 * @param standardError asymptotic SE from s²(JᵀJ)⁻¹, same units; NaN when the parameter is fixed, on a bound, or
 *     the covariance is singular
 * @param fixed true when the parameter was fixed by a constraint, not estimated
 */
public record ParameterEstimate(String name, double value, double standardError, boolean fixed) {

    public ParameterEstimate {
        Objects.requireNonNull(name, "name");
    }
}
