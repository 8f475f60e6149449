/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.fit;

import java.util.Arrays;

/**
 * A generic Levenberg–Marquardt least-squares minimiser for a handful of parameters, with box bounds and fixed
 * parameters. Damping follows Nielsen (1999): μ starts at 1e-3 × max diag(JᵀJ), shrinks by max(1/3, 1 − (2ρ − 1)³)
 * after a good step and grows by ν = 2, 4, 8… after a bad one; the damping matrix is MINPACK's running maximum of
 * diag(JᵀJ), so the iteration is invariant to parameter scaling. Bounds are kept by projecting each step and by
 * leaving out of the step parameters that sit on a bound with the gradient pointing outwards.
 *
 * <p>Stops when (1) SS = 0, (2) the actual and predicted relative reductions of SS are both below {@code ftol}, (3)
 * the step is below {@code xtol} relative to the parameters, (4) every gradient component is below {@code gtol}
 * relative to its column norm and the residual norm, or (5) after {@code maxIterations} Jacobians. Immutable; all
 * scratch lives in an {@link LmWorkspace} (on return its residuals and Jacobian are those of the solution); same
 * input, same bits.
 */
final class LevenbergMarquardt {
    private static final double TAU = 1e-3;

    private final int maxIterations;
    private final double ftol;
    private final double xtol;
    private final double gtol;

    LevenbergMarquardt(int maxIterations, double ftol, double xtol, double gtol) {
        this.maxIterations = maxIterations;
        this.ftol = ftol;
        this.xtol = xtol;
        this.gtol = gtol;
    }

    /** Tight defaults: 200 iterations, ftol 1e-12, xtol 1e-10, gtol 1e-10. */
    static LevenbergMarquardt create() {
        return new LevenbergMarquardt(200, 1e-12, 1e-10, 1e-10);
    }

    /**
     * Minimises from {@code p} (overwritten by the solution; clamped into the bounds first).
     *
     * @param lower lowest value per parameter
     * @param upper highest value per parameter
     * @param free which parameters are estimated
     */
    LmResult minimize(
            LeastSquaresProblem problem, double[] p, double[] lower, double[] upper, boolean[] free, LmWorkspace ws) {
        int np = problem.parameterCount();
        for (int j = 0; j < np; j++) {
            p[j] = Math.min(upper[j], Math.max(lower[j], p[j]));
        }
        double[] r = ws.residuals;
        double[] jac = ws.jacobian;
        double[] trialR = ws.trialResiduals;
        double[] trialJac = ws.trialJacobian;
        double ss = problem.residualsAndJacobian(p, r, jac);
        if (!Double.isFinite(ss)) {
            return new LmResult(ss, 0, Convergence.NON_FINITE);
        }
        Arrays.fill(ws.scale, 0, np, 0);
        double mu = -1;
        double nu = 2;
        boolean fresh = true;
        int k = 0;
        int iteration = 0;
        try {
            while (true) {
                if (ss == 0) {
                    return new LmResult(0, iteration, Convergence.EXACT_FIT);
                }
                if (fresh) {
                    if (iteration >= maxIterations) {
                        return new LmResult(ss, iteration, Convergence.MAX_ITERATIONS);
                    }
                    iteration++;
                    k = NormalEquations.build(problem.observationCount(), np, p, lower, upper, free, r, jac, ws);
                    if (k == 0 || gradientSmall(ws, k, ss)) {
                        return new LmResult(ss, iteration, Convergence.CONVERGED);
                    }
                    if (mu < 0) {
                        mu = TAU * maxDiagonal(ws.normal, k);
                    }
                    fresh = false;
                }
                if (!dampedStep(ws, k, mu)) {
                    mu *= nu;
                    nu *= 2;
                    continue;
                }
                double stepNorm = project(p, lower, upper, ws, k);
                if (stepNorm <= xtol * (norm(p, ws.index, k) + xtol)) {
                    return new LmResult(ss, iteration, Convergence.CONVERGED);
                }
                // the Jacobian at the trial point is computed with its residuals: most steps are accepted
                double trialSs = problem.residualsAndJacobian(ws.trial, trialR, trialJac);
                double actual = ss - trialSs;
                if (Double.isFinite(trialSs) && actual > 0) {
                    double predicted = predictedReduction(ws, k);
                    double rho = predicted > 0 ? actual / predicted : 1;
                    System.arraycopy(ws.trial, 0, p, 0, np);
                    boolean small = actual <= ftol * ss && Math.abs(predicted) <= ftol * ss;
                    double[] swap = r;
                    r = trialR;
                    trialR = swap;
                    swap = jac;
                    jac = trialJac;
                    trialJac = swap;
                    ss = trialSs;
                    double factor = 2 * rho - 1;
                    mu *= Math.max(1.0 / 3, 1 - factor * factor * factor);
                    nu = 2;
                    fresh = true;
                    if (small) {
                        return new LmResult(ss, iteration, Convergence.CONVERGED);
                    }
                } else {
                    mu *= nu;
                    nu *= 2;
                    if (!(mu < 1e300)) {
                        return new LmResult(ss, iteration, Convergence.CONVERGED);
                    }
                }
            }
        } finally {
            if (r != ws.residuals) {
                System.arraycopy(r, 0, ws.residuals, 0, problem.observationCount());
                System.arraycopy(jac, 0, ws.jacobian, 0, problem.observationCount() * np);
            }
        }
    }

    private boolean gradientSmall(LmWorkspace ws, int k, double ss) {
        double limit = 0;
        double worst = 0;
        for (int u = 0; u < k; u++) {
            double column = ws.normal[u * k + u];
            if (column > 0) {
                worst = Math.max(worst, Math.abs(ws.gradient[u]) / Math.sqrt(column * ss));
            }
            limit = Math.max(limit, column);
        }
        return limit == 0 || worst <= gtol;
    }

    private static double maxDiagonal(double[] a, int k) {
        double max = 0;
        for (int u = 0; u < k; u++) {
            max = Math.max(max, a[u * k + u]);
        }
        return max > 0 ? max : 1;
    }

    /** Solves (JᵀJ + μ D) δ = Jᵀr into {@code ws.step}; false when the damped matrix is not positive definite. */
    private static boolean dampedStep(LmWorkspace ws, int k, double mu) {
        double[] f = ws.factor;
        System.arraycopy(ws.normal, 0, f, 0, k * k);
        for (int u = 0; u < k; u++) {
            double d = ws.scale[ws.index[u]];
            f[u * k + u] += mu * (d > 0 ? d : 1);
        }
        if (!Cholesky.decompose(f, k)) {
            return false;
        }
        System.arraycopy(ws.gradient, 0, ws.step, 0, k);
        Cholesky.solve(f, k, ws.step);
        for (int u = 0; u < k; u++) {
            if (!Double.isFinite(ws.step[u])) {
                return false;
            }
        }
        return true;
    }

    /** Writes p + δ, clamped into the bounds, to {@code ws.trial}; replaces δ by the projected step; returns |δ|. */
    private static double project(double[] p, double[] lower, double[] upper, LmWorkspace ws, int k) {
        System.arraycopy(p, 0, ws.trial, 0, p.length);
        double norm = 0;
        for (int u = 0; u < k; u++) {
            int j = ws.index[u];
            double t = Math.min(upper[j], Math.max(lower[j], p[j] + ws.step[u]));
            ws.trial[j] = t;
            ws.step[u] = t - p[j];
            norm += ws.step[u] * ws.step[u];
        }
        return Math.sqrt(norm);
    }

    /** 2 δᵀg − δᵀAδ: the reduction of SS the undamped linear model predicts for the step δ. */
    private static double predictedReduction(LmWorkspace ws, int k) {
        double linear = 0;
        double quadratic = 0;
        for (int u = 0; u < k; u++) {
            linear += ws.step[u] * ws.gradient[u];
            double row = 0;
            for (int v = 0; v < k; v++) {
                row += ws.normal[u * k + v] * ws.step[v];
            }
            quadratic += ws.step[u] * row;
        }
        return 2 * linear - quadratic;
    }

    private static double norm(double[] p, int[] index, int k) {
        double s = 0;
        for (int u = 0; u < k; u++) {
            s += p[index[u]] * p[index[u]];
        }
        return Math.sqrt(s);
    }
}
