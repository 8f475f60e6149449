/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.fit;

/**
 * The profile-likelihood interval of LogIC50: the set of LogIC50 values whose best fit, with LogIC50 fixed and the
 * other parameters re-fitted, has SS ≤ SSmin × (1 + F(level; 1, dof) / dof), with F(level; 1, dof) = t(level,
 * dof)². Each end is bracketed by steps that grow by 1.6 from the asymptotic SE (between 0.01 and 1 decade), then
 * found by 40 bisections; an end not bracketed within the LogIC50 limits (6 decades beyond the tested range) is
 * NaN. Each re-fit starts from the previous one, so the search is cheap.
 */
final class ProfileLikelihood {
    private static final int MAX_STEPS = 60;
    private static final int BISECTIONS = 40;

    private ProfileLikelihood() {}

    /**
     * The interval in scaled LogIC50 units: {low, high}, NaN for an end that is not bounded.
     *
     * @param se asymptotic SE of LogIC50 (NaN when unknown)
     */
    static double[] interval(CurveSolver solver, CurveSolver.Solution best, double level, int dof, double se) {
        double t = Distributions.tQuantileTwoSided(level, dof);
        double threshold = best.sumOfSquares() * (1 + t * t / dof);
        ParameterValidator.Box fixed = fixedLogIc50(best.box());
        double start = Double.isFinite(se) && se > 0 ? Math.min(1, Math.max(0.01, se)) : 0.1;
        return new double[] {end(solver, best, fixed, threshold, -start), end(solver, best, fixed, threshold, start)};
    }

    private static double end(
            CurveSolver solver,
            CurveSolver.Solution best,
            ParameterValidator.Box fixed,
            double threshold,
            double firstStep) {
        int l = SigmoidModel.LOG_IC50;
        double center = best.p()[l];
        double inside = center;
        double[] insideP = best.p();
        double outside = Double.NaN;
        double step = firstStep;
        for (int i = 0; i < MAX_STEPS; i++) {
            double trial = center + step;
            if (trial < fixed.lower()[l] || trial > fixed.upper()[l]) {
                return Double.NaN;
            }
            CurveSolver.Solution s = profile(solver, fixed, insideP, trial);
            if (!(s.sumOfSquares() <= threshold)) {
                outside = trial;
                break;
            }
            inside = trial;
            insideP = s.p();
            step *= 1.6;
        }
        if (Double.isNaN(outside)) {
            return Double.NaN;
        }
        for (int i = 0; i < BISECTIONS; i++) {
            double mid = 0.5 * (inside + outside);
            CurveSolver.Solution s = profile(solver, fixed, insideP, mid);
            if (s.sumOfSquares() <= threshold) {
                inside = mid;
                insideP = s.p();
            } else {
                outside = mid;
            }
        }
        return 0.5 * (inside + outside);
    }

    private static CurveSolver.Solution profile(
            CurveSolver solver, ParameterValidator.Box fixed, double[] from, double logIc50) {
        int l = SigmoidModel.LOG_IC50;
        double[] start = from.clone();
        start[l] = logIc50;
        double[] lower = fixed.lower().clone();
        double[] upper = fixed.upper().clone();
        lower[l] = logIc50;
        upper[l] = logIc50;
        return solver.run(
                start,
                new ParameterValidator.Box(lower, upper, fixed.free(), fixed.sanityLower(), fixed.sanityUpper()));
    }

    private static ParameterValidator.Box fixedLogIc50(ParameterValidator.Box box) {
        boolean[] free = box.free().clone();
        free[SigmoidModel.LOG_IC50] = false;
        return new ParameterValidator.Box(box.lower(), box.upper(), free, box.sanityLower(), box.sanityUpper());
    }
}
