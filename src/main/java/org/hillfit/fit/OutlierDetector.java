/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.fit;

import java.util.Arrays;

/**
 * A ROUT-like outlier test (Motulsky &amp; Brown 2006, BMC Bioinformatics 7:123), documented here because it is our
 * own implementation, not GraphPad's code:
 *
 * <ol>
 *   <li>robust fit: minimise the Lorentzian merit Σ ln(1 + (r / RSDR)²) directly ({@link LorentzianProblem}),
 *       RSDR re-estimated from each fit, until the parameters settle (at most 50 rounds), once from the
 *       least-squares fit and once from the data-driven guess (an outlier can drag the least-squares fit into
 *       another basin); the fit with the smaller RSDR is kept;
 *   <li>RSDR = the 68.27th percentile of |residual| × n / (n − p);
 *   <li>each point's t = |residual| / RSDR gives a two-sided P from Student's t with n − p degrees of freedom;
 *   <li>the Benjamini–Hochberg procedure at false discovery rate Q marks the points with the smallest P;
 *   <li>at most 30 % of the points are marked (the largest residuals first), and enough points remain for a fit
 *       with one degree of freedom.
 * </ol>
 *
 * The caller masks the marked points and fits the rest by least squares.
 */
final class OutlierDetector {
    private static final int MAX_ROUNDS = 50;
    private static final double MAX_FRACTION = 0.3;

    private OutlierDetector() {}

    /**
     * Which of the solver's points (sorted order) are outliers at false discovery rate q.
     *
     * @return true per outlier; all false when none
     */
    static boolean[] detect(CurveSolver solver, int freeCount, double q) {
        int n = solver.size();
        boolean[] outliers = new boolean[n];
        int dof = n - freeCount;
        if (dof < 2) {
            return outliers;
        }
        double[] residuals = new double[n];
        solver.problem().clearWeights();
        CurveSolver.Solution leastSquares = solver.fitBest();
        CurveSolver.Solution fromGuess =
                new CurveSolver.Solution(solver.firstStart(), leastSquares.lm(), leastSquares.box());
        CurveSolver.Solution solution = lorentzian(solver, leastSquares, freeCount);
        CurveSolver.Solution other = lorentzian(solver, fromGuess, freeCount);
        if (rsdr(solver, other, freeCount) < rsdr(solver, solution, freeCount) * (1 - 1e-9)) {
            solution = other;
        }
        solver.problem().clearWeights();
        CurveEstimator.residuals(solver, solution.p(), residuals);
        double rsdr = RobustWeights.rsdr(residuals, n, freeCount);
        if (!(rsdr > 0)) {
            return outliers;
        }
        mark(outliers, residuals, rsdr, dof, q, Math.min((int) (MAX_FRACTION * n), n - freeCount - 1));
        return outliers;
    }

    /**
     * Minimises the Lorentzian merit from {@code start}, re-estimating its scale (the RSDR of the current fit) until
     * the parameters settle (at most 50 rounds).
     */
    private static CurveSolver.Solution lorentzian(CurveSolver solver, CurveSolver.Solution start, int freeCount) {
        int n = solver.size();
        double[] residuals = new double[n];
        CurveSolver.Solution solution = start;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            CurveEstimator.residuals(solver, solution.p(), residuals);
            double rsdr = RobustWeights.rsdr(residuals, n, freeCount);
            if (!(rsdr > 0)) {
                break;
            }
            double[] p = solution.p().clone();
            ParameterValidator.Box box = solution.box();
            LmResult result = LevenbergMarquardt.create()
                    .minimize(
                            new LorentzianProblem(solver.problem(), rsdr),
                            p,
                            box.lower(),
                            box.upper(),
                            box.free(),
                            solver.workspace());
            CurveSolver.Solution next = new CurveSolver.Solution(p, result, box);
            boolean settled = CurveEstimator.settled(solution.p(), p);
            solution = next;
            if (settled) {
                break;
            }
        }
        return solution;
    }

    private static double rsdr(CurveSolver solver, CurveSolver.Solution solution, int freeCount) {
        double[] residuals = new double[solver.size()];
        CurveEstimator.residuals(solver, solution.p(), residuals);
        return RobustWeights.rsdr(residuals, solver.size(), freeCount);
    }

    /** Benjamini–Hochberg on the two-sided t P-values of |r| / rsdr; marks at most {@code limit} points. */
    private static void mark(boolean[] outliers, double[] residuals, double rsdr, int dof, double q, int limit) {
        int n = residuals.length;
        Integer[] order = new Integer[n];
        double[] pValues = new double[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
            pValues[i] = Distributions.tTwoSidedP(Math.abs(residuals[i]) / rsdr, dof);
        }
        Arrays.sort(order, (a, b) -> pValues[a] != pValues[b] ? Double.compare(pValues[a], pValues[b]) : a - b);
        int count = 0;
        for (int rank = 1; rank <= n; rank++) {
            if (pValues[order[rank - 1]] <= q * rank / n) {
                count = rank;
            }
        }
        for (int rank = 0; rank < Math.min(count, limit); rank++) {
            outliers[order[rank]] = true;
        }
    }
}
