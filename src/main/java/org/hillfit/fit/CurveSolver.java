/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.fit;

/**
 * Fits one model to one curve's points with the current weights: scales the points ({@link Scaling}), starts from
 * {@link InitialGuess}, keeps the parameters inside the {@link ParameterValidator} box, and restarts from the fixed
 * list of alternative starts when the first fit does not converge, ends on a sanity limit or explains less than half
 * of the variance (noise-like data have many local minima), keeping the lowest sum of squares (the earliest on a tie). When |Hill| is constrained, both signs are fitted and the better is kept. One
 * per fit call; not thread-safe.
 */
final class CurveSolver {
    /** A first fit leaving more than this fraction of the flat line's SS (R² below 0.5) is retried from all starts. */
    static final double POOR_FIT = 0.5;

    private final FitOptions options;
    private final Scaling scaling;
    private final double[] x;
    private final double[] y;
    private final int n;
    private final CurveProblem problem;
    private final LmWorkspace workspace;
    private final LevenbergMarquardt lm = LevenbergMarquardt.create();
    private final InitialGuess guess;
    private final CurvePoints points;

    /**
     * One fitted parameter vector (scaled units).
     *
     * @param p the parameters
     * @param lm how the run ended
     * @param box the bounds it was fitted in
     */
    record Solution(double[] p, LmResult lm, ParameterValidator.Box box) {
        double sumOfSquares() {
            return lm.sumOfSquares();
        }
    }

    /** A solver for these points (n ≥ 1). */
    CurveSolver(CurvePoints points, FitOptions options) {
        this.options = options;
        this.points = points;
        this.scaling = Scaling.of(points);
        this.n = points.n;
        this.x = new double[n];
        this.y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = points.x[i] - scaling.xShift();
            y[i] = scaling.toInternalY(points.y[i]);
        }
        SigmoidModel model = SigmoidModel.of(options.model());
        this.workspace = new LmWorkspace(n, model.parameterCount());
        this.problem = new CurveProblem(model, x, y, n, workspace.values);
        this.guess = InitialGuess.of(x, y, n);
    }

    /** The points fitted (external units, sorted). */
    CurvePoints points() {
        return points;
    }

    /**
     * The same curve in Prism's canonical form, Top being the upper plateau: a free 4PL that ended with Top &lt;
     * Bottom is rewritten with the plateaus swapped and the Hill slope negated (the identical curve).
     */
    Solution canonical(Solution s) {
        double[] p = s.p();
        boolean swappable = options.model() == CurveModel.FOUR_PL
                && options.bottom().isFree()
                && options.top().isFree()
                && options.hill().isFree();
        if (!swappable || p[SigmoidModel.TOP] >= p[SigmoidModel.BOTTOM]) {
            return s;
        }
        double[] q = p.clone();
        q[SigmoidModel.BOTTOM] = p[SigmoidModel.TOP];
        q[SigmoidModel.TOP] = p[SigmoidModel.BOTTOM];
        q[SigmoidModel.HILL] = -p[SigmoidModel.HILL];
        return new Solution(q, s.lm(), s.box());
    }

    Scaling scaling() {
        return scaling;
    }

    CurveProblem problem() {
        return problem;
    }

    LmWorkspace workspace() {
        return workspace;
    }

    /** Scaled X of point i. */
    double x(int i) {
        return x[i];
    }

    /** Scaled Y of point i. */
    double y(int i) {
        return y[i];
    }

    int size() {
        return n;
    }

    /** The data-driven first start (scaled units, the data's direction). */
    double[] firstStart() {
        return guess.primary(problem.parameterCount(), options.hill().isFree() ? 0 : guess.direction);
    }

    /** The best fit with the current weights, starting from the data-driven guess. */
    Solution fitBest() {
        return fitBest(null);
    }

    /**
     * The best fit with the current weights; {@code firstStart} (scaled units), when given, replaces the data-driven
     * first start, and the restarts apply as usual.
     */
    Solution fitBest(double[] firstStart) {
        int np = problem.parameterCount();
        boolean signed = !options.hill().isFree();
        boolean fivePl = options.model() == CurveModel.FIVE_PL;
        Solution best = null;
        for (int sign : signs(signed, fivePl)) {
            ParameterValidator.Box box = box(sign != 0 ? sign : guess.direction);
            double[] start = firstStart != null ? firstStart : guess.primary(np, sign);
            best = better(best, run(start, box));
        }
        if (isClean(best) && best.sumOfSquares() <= POOR_FIT * flatSumOfSquares()) {
            return stepCheck(best);
        }
        for (int sign : signs(signed, fivePl)) {
            ParameterValidator.Box box = box(sign != 0 ? sign : guess.direction);
            for (double[] start : guess.alternatives(np, sign)) {
                best = better(best, run(start, box));
            }
        }
        return stepCheck(best);
    }

    /**
     * The limit of a very steep curve is a step between two neighbouring concentrations. When the best step (two
     * weighted means, O(n) with running sums) fits better than {@code best}, the fit is repeated from that step with
     * |Hill| = 20 and the better of the two is kept: noise-like data can have their least-squares minimum there, and
     * no smooth start reaches it.
     */
    private Solution stepCheck(Solution best) {
        if (!options.hill().isFree() || options.model() != CurveModel.FOUR_PL) {
            return best;
        }
        double totalW = 0;
        double totalWy = 0;
        double totalWyy = 0;
        for (int i = 0; i < n; i++) {
            double w = problem.weight(i);
            totalW += w;
            totalWy += w * y[i];
            totalWyy += w * y[i] * y[i];
        }
        double leftW = 0;
        double leftWy = 0;
        double leftWyy = 0;
        double bestSs = best.sumOfSquares();
        double[] start = null;
        for (int i = 0; i < n - 1; i++) {
            double w = problem.weight(i);
            leftW += w;
            leftWy += w * y[i];
            leftWyy += w * y[i] * y[i];
            if (x[i] == x[i + 1] || leftW <= 0 || totalW - leftW <= 0) {
                continue;
            }
            double rightW = totalW - leftW;
            double rightWy = totalWy - leftWy;
            double ss = leftWyy - leftWy * leftWy / leftW + (totalWyy - leftWyy) - rightWy * rightWy / rightW;
            if (ss < bestSs * (1 - 1e-9)) {
                bestSs = ss;
                start = new double[] {leftWy / leftW, rightWy / rightW, 0.5 * (x[i] + x[i + 1]), 20};
            }
        }
        return start == null ? best : better(best, run(start, box(1)));
    }

    /**
     * The Hill signs to fit: both when |Hill| is constrained; the data's direction only for the 5PL (whose two
     * branches are different curves, so only the one with Top above Bottom is Prism's); 0 (free) otherwise.
     */
    private int[] signs(boolean signed, boolean fivePl) {
        if (signed) {
            return new int[] {guess.direction, -guess.direction};
        }
        return fivePl ? new int[] {guess.direction} : new int[] {0};
    }

    /** One run from {@code start} (not modified) in {@code box}. */
    Solution run(double[] start, ParameterValidator.Box box) {
        double[] p = start.clone();
        LmResult result = lm.minimize(problem, p, box.lower(), box.upper(), box.free(), workspace);
        return new Solution(p, result, box);
    }

    /** Re-fits from a previous solution with the current weights. */
    Solution refine(Solution from) {
        return run(from.p(), from.box());
    }

    /** The box for a direction (the sign of Hill when |Hill| is constrained). */
    ParameterValidator.Box box(int direction) {
        return ParameterValidator.box(options, scaling, x[0], x[n - 1], direction);
    }

    /** The flat line's level with the current weights: the weighted mean response, in the data's units. */
    double flatLevel() {
        return scaling.toExternalY(flatMean());
    }

    /** The flat line's sum of squares with the current weights (the weighted mean; scaled units). */
    double flatSumOfSquares() {
        double mean = flatMean();
        double ss = 0;
        for (int i = 0; i < n; i++) {
            double d = y[i] - mean;
            ss += problem.weight(i) * d * d;
        }
        return ss;
    }

    /** The weighted mean of the responses (scaled units). */
    private double flatMean() {
        double sw = 0;
        double swy = 0;
        for (int i = 0; i < n; i++) {
            double w = problem.weight(i);
            sw += w;
            swy += w * y[i];
        }
        return swy / sw;
    }

    private static boolean isClean(Solution s) {
        return s.lm().convergence().isConverged() && !ParameterValidator.atSanityLimit(s.p(), s.box());
    }

    /**
     * The solution with the lower SS; on a near tie (relative difference under 1e-9) a clean solution beats an
     * unclean one, and otherwise the earlier wins.
     */
    private static Solution better(Solution current, Solution candidate) {
        if (current == null) {
            return candidate;
        }
        double a = current.sumOfSquares();
        double b = candidate.sumOfSquares();
        if (b < a * (1 - 1e-9)) {
            return candidate;
        }
        if (a < b * (1 - 1e-9) || !(b <= a)) {
            return current;
        }
        return !isClean(current) && isClean(candidate) ? candidate : current;
    }
}
