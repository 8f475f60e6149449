/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.fit;

import java.util.Arrays;

/**
 * Standard errors and parameter dependence from the covariance s²(JᵀJ)⁻¹ (weighted J), over the parameters that
 * were estimated and did not end on a bound. A fit is ambiguous when two parameters correlate beyond {@link
 * #MAX_CORRELATION} in absolute value, when a parameter's dependency on the others (1 − 1/VIF, Prism's
 * "dependency") exceeds {@link #MAX_DEPENDENCY}, or when JᵀJ cannot be inverted.
 *
 * @param standardErrors per parameter, external units; NaN when fixed, on a bound or not invertible
 * @param invertible false when JᵀJ is numerically singular
 * @param maxCorrelation largest |correlation| between two estimated parameters; 0 with fewer than two
 * @param maxDependency largest dependency 1 − 1/VIF
 */
record Uncertainty(double[] standardErrors, boolean invertible, double maxCorrelation, double maxDependency) {
    static final double MAX_CORRELATION = 0.9999;
    static final double MAX_DEPENDENCY = 0.99999;

    /** True when the parameters are not determined by the data. */
    boolean isAmbiguous() {
        return !invertible || maxCorrelation > MAX_CORRELATION || maxDependency > MAX_DEPENDENCY;
    }

    /** The uncertainty of {@code solution} with the problem's current weights; s² = SS / dof. */
    static Uncertainty of(CurveSolver solver, CurveSolver.Solution solution, int dof) {
        CurveProblem problem = solver.problem();
        LmWorkspace ws = solver.workspace();
        int np = problem.parameterCount();
        int m = problem.observationCount();
        double[] p = solution.p();
        double ss = problem.residualsAndJacobian(p, ws.residuals, ws.jacobian);
        int[] index = new int[np];
        int k = 0;
        for (int j = 0; j < np; j++) {
            if (solution.box().free()[j] && !ParameterValidator.onBound(p, solution.box(), j)) {
                index[k++] = j;
            }
        }
        double[] se = new double[np];
        Arrays.fill(se, Double.NaN);
        if (k == 0 || dof < 1) {
            return new Uncertainty(se, k == 0, 0, 0);
        }
        double[] a = new double[k * k];
        for (int u = 0; u < k; u++) {
            for (int v = 0; v <= u; v++) {
                double s = 0;
                for (int i = 0; i < m; i++) {
                    s += ws.jacobian[i * np + index[u]] * ws.jacobian[i * np + index[v]];
                }
                a[u * k + v] = s;
                a[v * k + u] = s;
            }
        }
        double[] factor = a.clone();
        if (!Cholesky.decompose(factor, k)) {
            return new Uncertainty(se, false, Double.NaN, 1);
        }
        double[] inverse = new double[k * k];
        Cholesky.invert(factor, k, inverse, new double[k]);
        double s2 = ss / dof;
        double maxCorrelation = 0;
        double maxDependency = 0;
        for (int u = 0; u < k; u++) {
            double variance = inverse[u * k + u];
            int j = index[u];
            double scale = j == SigmoidModel.BOTTOM || j == SigmoidModel.TOP
                    ? solver.scaling().yScale()
                    : 1;
            se[j] = Math.sqrt(s2 * variance) * scale;
            maxDependency = Math.max(maxDependency, 1 - 1 / (variance * a[u * k + u]));
            for (int v = 0; v < u; v++) {
                double c = inverse[u * k + v] / Math.sqrt(variance * inverse[v * k + v]);
                maxCorrelation = Math.max(maxCorrelation, Math.abs(c));
            }
        }
        boolean finite = Double.isFinite(maxCorrelation) && Double.isFinite(maxDependency);
        return new Uncertainty(se, finite, finite ? maxCorrelation : Double.NaN, finite ? maxDependency : 1);
    }
}
