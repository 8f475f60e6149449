/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.fit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/** Builds {@link CurveResult}s: from a fit (statistics, judge, class, intervals) or for curves that cannot be fitted. */
final class ResultAssembler {
    private static final String[] NAMES = {"Bottom", "Top", "LogIC50", "HillSlope", "Asymmetry"};

    private ResultAssembler() {}

    /** No usable point at all. */
    static CurveResult noPoints(CurvePoints points) {
        List<String> flags = new ArrayList<>(points.flags);
        flags.add("no_points");
        return new CurveResult(
                CurveStatus.FLAGGED,
                Qualifier.EQUAL,
                Double.NaN,
                Double.NaN,
                Double.NaN,
                Optional.empty(),
                Double.NaN,
                Double.NaN,
                0,
                points.masked,
                "4",
                flags,
                Double.NaN,
                Double.NaN);
    }

    /**
     * Fewer points (or distinct concentrations) than the model needs: inactive when the responses vary less than
     * the inactive span (class 4), otherwise flagged without an IC50 (class 2.2).
     */
    static CurveResult tooFewPoints(CurvePoints points, FitOptions options, List<Integer> outliers) {
        List<String> flags = new ArrayList<>(points.flags);
        flags.add("too_few_points");
        boolean flat = points.maxY() - points.minY() < options.inactiveSpanPercent();
        if (flat) {
            flags.add("inactive");
        }
        return new CurveResult(
                flat ? CurveStatus.INACTIVE : CurveStatus.FLAGGED,
                flat ? Qualifier.GREATER_THAN : Qualifier.EQUAL,
                flat ? points.maxX() : Double.NaN,
                Double.NaN,
                Double.NaN,
                Optional.empty(),
                Double.NaN,
                Double.NaN,
                points.n,
                points.masked,
                flat ? "4" : "2.2",
                flags,
                points.minX(),
                points.maxX(),
                Optional.empty(),
                outliers);
    }

    /**
     * A result and what the fitter needs to decide on a second, anchored fit.
     *
     * @param result the result
     * @param unreachedPlateaus {@link CurveJudge#LOWER} / {@link CurveJudge#UPPER} bits of the plateaus that are
     *     neither reached nor anchored (0 for inactive curves)
     */
    record Assessment(CurveResult result, int unreachedPlateaus) {}

    /**
     * The result of a fit, with the plateaus it did not reach.
     *
     * @param fixedAtControl true for the second fit of {@link FourPlFitter}, whose unreached plateau was fixed at
     *     its control level ({@link PlateauAnchor})
     */
    static Assessment assess(
            CurveSolver solver,
            CurveSolver.Solution best,
            FitOptions options,
            List<Integer> outliers,
            boolean fixedAtControl) {
        FittedCurve fit = facts(solver, best, options, outliers);
        Verdict judged = CurveJudge.judge(fit);
        Verdict verdict = fixedAtControl ? PlateauAnchor.mark(judged) : judged;
        int unreached = verdict.has("partial_curve") ? undetermined(fit, CurveJudge.plateausBeyondBend(fit, 0)) : 0;
        int dof = fit.dof();
        Uncertainty uncertainty = fit.uncertainty();
        double[] asymptotic = asymptoticInterval(fit.params(), uncertainty, options, dof);
        double[] profile = {Double.NaN, Double.NaN};
        List<String> flags = new ArrayList<>(verdict.flags());
        boolean useProfile = options.ciMethod() == CiMethod.PROFILE_LIKELIHOOD && verdict.showInterval();
        if (useProfile) {
            double se = uncertainty.standardErrors()[SigmoidModel.LOG_IC50];
            profile = ProfileLikelihood.interval(solver, best, options.confidenceLevel(), dof, se);
            profile[0] += solver.scaling().xShift();
            profile[1] += solver.scaling().xShift();
            if (Double.isNaN(profile[0]) || Double.isNaN(profile[1])) {
                flags.add("ci_unbounded");
            }
        }
        double[] shown = useProfile ? profile : asymptotic;
        boolean show = verdict.showInterval();
        double ss = best.sumOfSquares()
                * solver.scaling().yScale()
                * solver.scaling().yScale();
        FitSummary summary = new FitSummary(
                options.model(),
                estimates(fit.params(), uncertainty, best.box()),
                ss,
                dof,
                best.lm().iterations(),
                best.lm().convergence(),
                fit.flatPValue(),
                absoluteLogIc50(fit),
                asymptotic[0],
                asymptotic[1],
                profile[0],
                profile[1],
                uncertainty.maxCorrelation(),
                uncertainty.maxDependency());
        double[] interval = show ? shown : new double[] {Double.NaN, Double.NaN};
        FourPlParameters reported = verdict.flatLine() ? FourPlParameters.flat(solver.flatLevel()) : sigmoid(fit);
        return new Assessment(result(fit, verdict, reported, interval, flags, summary, outliers), unreached);
    }

    /**
     * Keeps, of the unreached plateaus, those the data do not pin down either: the half-width of their confidence
     * interval exceeds half the window tolerance (or is undefined). A plateau that is exact despite lying beyond the
     * doses (noise-free data) is left to the data.
     */
    private static int undetermined(FittedCurve fit, int unreached) {
        if (unreached == 0 || fit.options().controlWindow().isEmpty() || fit.dof() < 1) {
            return unreached;
        }
        double limit = 0.5 * fit.options().controlWindow().get().tolerance();
        double t = Distributions.tQuantileTwoSided(fit.options().confidenceLevel(), fit.dof());
        boolean topIsUpper = fit.top() >= fit.bottom();
        int kept = 0;
        for (int bit : new int[] {CurveJudge.LOWER, CurveJudge.UPPER}) {
            if ((unreached & bit) == 0) {
                continue;
            }
            boolean upper = bit == CurveJudge.UPPER;
            int index = upper == topIsUpper ? SigmoidModel.TOP : SigmoidModel.BOTTOM;
            double se = fit.uncertainty().standardErrors()[index];
            if (!(t * se <= limit)) {
                kept |= bit;
            }
        }
        return kept;
    }

    /** Goodness of fit, the F test against the flat line and the uncertainty, in external units. */
    private static FittedCurve facts(
            CurveSolver solver, CurveSolver.Solution best, FitOptions options, List<Integer> outliers) {
        int k = options.freeParameterCount();
        int dof = solver.points().n - k;
        double ss = best.sumOfSquares();
        double ssFlat = solver.flatSumOfSquares();
        double yScale = solver.scaling().yScale();
        return new FittedCurve(
                options,
                solver.points(),
                solver.scaling().toExternal(best.p()),
                k,
                ssFlat > 0 ? 1 - ss / ssFlat : 0,
                Math.sqrt(ss * yScale * yScale / dof),
                flatLinePValue(ss, ssFlat, Math.max(k - 1, 1), dof),
                best.lm().convergence(),
                ParameterValidator.atSanityLimit(best.p(), best.box()),
                Uncertainty.of(solver, best, dof),
                !outliers.isEmpty());
    }

    /** The fitted sigmoid's Bottom, Top, LogIC50 and Hill (a 5PL's asymmetry is in the details). */
    private static FourPlParameters sigmoid(FittedCurve fit) {
        double[] p = fit.params();
        return new FourPlParameters(
                p[SigmoidModel.BOTTOM], p[SigmoidModel.TOP], p[SigmoidModel.LOG_IC50], p[SigmoidModel.HILL]);
    }

    private static CurveResult result(
            FittedCurve fit,
            Verdict verdict,
            FourPlParameters reported,
            double[] interval,
            List<String> flags,
            FitSummary summary,
            List<Integer> outliers) {
        CurvePoints points = fit.points();
        return new CurveResult(
                verdict.status(),
                verdict.qualifier(),
                verdict.reportedLogIc50(),
                interval[0],
                interval[1],
                Optional.of(reported),
                fit.r2(),
                fit.syx(),
                points.n,
                points.masked,
                CurveClassifier.classify(fit, verdict),
                flags,
                points.minX(),
                points.maxX(),
                Optional.of(summary),
                outliers);
    }

    /** Extra-sum-of-squares F test of the model against the flat line. */
    static double flatLinePValue(double ss, double ssFlat, int dfNumerator, int dof) {
        if (!(ssFlat > ss)) {
            return 1;
        }
        if (ss == 0) {
            return 0;
        }
        double f = ((ssFlat - ss) / dfNumerator) / (ss / dof);
        return Distributions.fSurvival(f, dfNumerator, dof);
    }

    private static double[] asymptoticInterval(double[] params, Uncertainty u, FitOptions options, int dof) {
        double se = u.standardErrors()[SigmoidModel.LOG_IC50];
        if (!Double.isFinite(se)) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double t = Distributions.tQuantileTwoSided(options.confidenceLevel(), dof);
        double l = params[SigmoidModel.LOG_IC50];
        return new double[] {l - t * se, l + t * se};
    }

    private static List<ParameterEstimate> estimates(double[] params, Uncertainty u, ParameterValidator.Box box) {
        List<ParameterEstimate> list = new ArrayList<>(params.length);
        for (int j = 0; j < params.length; j++) {
            list.add(new ParameterEstimate(NAMES[j], params[j], u.standardErrors()[j], !box.free()[j]));
        }
        return list;
    }

    /** Where the curve crosses the middle of the control window, when both exist. */
    private static OptionalDouble absoluteLogIc50(FittedCurve fit) {
        if (fit.options().controlWindow().isEmpty()) {
            return OptionalDouble.empty();
        }
        double target = fit.options().controlWindow().get().middle();
        double fraction = (target - fit.bottom()) / (fit.top() - fit.bottom());
        if (!(fraction > 0 && fraction < 1)) {
            return OptionalDouble.empty();
        }
        double[] p = fit.params();
        double ln10 = SigmoidModel.LN10;
        double lnE;
        if (p.length == 5) {
            double s = p[SigmoidModel.ASYMMETRY];
            double c = StrictMath.expm1(0.6931471805599453 / s);
            lnE = StrictMath.log(StrictMath.expm1(-StrictMath.log(fraction) / s) / c);
        } else {
            lnE = StrictMath.log(1 / fraction - 1);
        }
        double x = fit.logIc50() - lnE / (ln10 * fit.hill());
        return Double.isFinite(x) ? OptionalDouble.of(x) : OptionalDouble.empty();
    }
}
