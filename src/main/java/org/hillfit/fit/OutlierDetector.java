/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.fit;

import java.util.Arrays;

/**
 * A ROUT-like outlier test (Motulsky &amp; Brown 2006, BMC Bioinformatics 7:123), documented here because it is our
 * own implementation, not GraphPad's code:
 *
 * <ol>
 *   <li>robust fit: start from the least-squares fit and re-fit with Lorentzian weights 1 / (1 + (r / RSDR)²),
 *       RSDR re-estimated each round, until the parameters settle (at most 50 rounds);
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
        double[] weights = new double[n];
        solver.problem().clearWeights();
        CurveSolver.Solution solution = solver.fitBest();
        for (int round = 0; round < MAX_ROUNDS; round++) {
            CurveEstimator.residuals(solver, solution.p(), residuals);
            double rsdr = RobustWeights.rsdr(residuals, n, freeCount);
            if (!(rsdr > 0)) {
                break;
            }
            for (int i = 0; i < n; i++) {
                weights[i] = RobustWeights.lorentzian(residuals[i] / rsdr);
            }
            solver.problem().setWeights(weights);
            CurveSolver.Solution next = solver.refine(solution);
            boolean settled = CurveEstimator.settled(solution.p(), next.p());
            solution = next;
            if (settled) {
                break;
            }
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
