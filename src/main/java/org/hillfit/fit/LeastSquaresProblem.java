/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.fit;

/**
 * What {@link LevenbergMarquardt} minimises: Σ r_i(p)² with residuals r = √w · (y − f(p)). Implementations write into
 * the caller's arrays and allocate nothing.
 */
interface LeastSquaresProblem {
    /** Number of residuals m. */
    int observationCount();

    /** Number of parameters (fixed ones included). */
    int parameterCount();

    /**
     * Writes the residuals for {@code p} into {@code r} (length ≥ m).
     *
     * @return Σ r², or a non-finite value when the model cannot be evaluated
     */
    double residuals(double[] p, double[] r);

    /**
     * Writes the residuals and the Jacobian of the (weighted) model, {@code jacobian[i · np + j] = √w_i ∂f_i/∂p_j},
     * so that r(p + δ) ≈ r(p) − J δ.
     *
     * @return Σ r²
     */
    double residualsAndJacobian(double[] p, double[] r, double[] jacobian);
}
