/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.fit;

/**
 * The estimate the options ask for, on top of {@link CurveSolver}: ordinary least squares; Prism-style unequal
 * weights (1/|Ycurve|^k re-computed from the fitted curve and re-fitted until the weighted SS changes by less than
 * 1e-10 relative, at most 50 rounds); or robust IRLS (Huber or bisquare weights of the residuals in robust-SD units,
 * re-fitted until no parameter moves by more than 1e-9, at most 50 rounds). The problem keeps the final weights, so
 * the statistics that follow use them.
 */
final class CurveEstimator {
    private static final int MAX_ROUNDS = 50;
    /** Curve values nearer zero than this fraction of the largest |Y| are weighted as if at this floor. */
    static final double WEIGHT_FLOOR = 1e-3;

    private CurveEstimator() {}

    /** The fit per {@code options}. */
    static CurveSolver.Solution estimate(CurveSolver solver, FitOptions options) {
        return estimate(solver, options, null);
    }

    /** The fit per {@code options}, the first least-squares fit starting from {@code firstStart} when given. */
    static CurveSolver.Solution estimate(CurveSolver solver, FitOptions options, double[] firstStart) {
        solver.problem().clearWeights();
        CurveSolver.Solution solution = solver.fitBest(firstStart);
        if (options.weighting() != Weighting.NONE) {
            return curveWeighted(solver, solution, options.weighting().exponent());
        }
        if (options.robust() != RobustMethod.NONE) {
            return robust(solver, solution, options.robust(), options.freeParameterCount());
        }
        return solution;
    }

    private static CurveSolver.Solution curveWeighted(CurveSolver solver, CurveSolver.Solution start, int power) {
        int n = solver.size();
        Scaling scaling = solver.scaling();
        double floor = 0;
        for (int i = 0; i < n; i++) {
            floor = Math.max(floor, Math.abs(scaling.toExternalY(solver.y(i))));
        }
        floor = floor > 0 ? floor * WEIGHT_FLOOR : Double.MIN_NORMAL;
        double[] fitted = new double[n];
        double[] weights = new double[n];
        CurveSolver.Solution solution = start;
        double previous = Double.NaN;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            fitted(solver, solution.p(), fitted);
            for (int i = 0; i < n; i++) {
                double magnitude = Math.max(Math.abs(scaling.toExternalY(fitted[i])), floor);
                weights[i] = 1 / (power == 2 ? magnitude * magnitude : magnitude);
            }
            solver.problem().setWeights(weights);
            solution = solver.refine(solution);
            double ss = solution.sumOfSquares();
            if (Math.abs(ss - previous) <= 1e-10 * ss) {
                break;
            }
            previous = ss;
        }
        return solution;
    }

    private static CurveSolver.Solution robust(
            CurveSolver solver, CurveSolver.Solution start, RobustMethod method, int freeCount) {
        int n = solver.size();
        double[] residuals = new double[n];
        double[] weights = new double[n];
        CurveSolver.Solution solution = start;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            residuals(solver, solution.p(), residuals);
            double scale = RobustWeights.madScale(residuals, n, freeCount);
            if (!(scale > 0)) {
                break;
            }
            for (int i = 0; i < n; i++) {
                weights[i] = RobustWeights.weight(method, residuals[i] / scale);
            }
            solver.problem().setWeights(weights);
            CurveSolver.Solution next = solver.refine(solution);
            boolean settled = settled(solution.p(), next.p());
            solution = next;
            if (settled) {
                break;
            }
        }
        return solution;
    }

    /** Unweighted residuals y − f at p (scaled units). */
    static void residuals(CurveSolver solver, double[] p, double[] out) {
        fitted(solver, p, out);
        for (int i = 0; i < solver.size(); i++) {
            out[i] = solver.y(i) - out[i];
        }
    }

    private static void fitted(CurveSolver solver, double[] p, double[] out) {
        SigmoidModel model = solver.problem().model();
        for (int i = 0; i < solver.size(); i++) {
            out[i] = model.value(solver.x(i), p);
        }
    }

    static boolean settled(double[] before, double[] after) {
        for (int j = 0; j < before.length; j++) {
            if (Math.abs(after[j] - before[j]) > 1e-9 * (1 + Math.abs(before[j]))) {
                return false;
            }
        }
        return true;
    }
}
