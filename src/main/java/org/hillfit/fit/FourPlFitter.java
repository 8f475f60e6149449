/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.fit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Fits a dose-response curve (4PL by default; 3PL, constrained 4PL and 5PL per {@link FitOptions}) by
 * Levenberg–Marquardt with the analytic Jacobian and judges it: inactive (F test against a flat line, or small
 * span), out of range ({@code <}/{@code >} the tested doses), partial, ambiguous, flagged; NCGC curve class.
 * Shaped like Hipparchus' {@code GaussianCurveFitter}: {@link #create()}, {@code withX} copies, no state.
 *
 * <p>Immutable and thread-safe; {@link #fit} never throws and allocates one small workspace per call. Identical
 * input gives bit-identical output on every run and machine: the points are sorted before fitting, every sum runs in
 * a fixed order, there is no parallelism inside a fit, and transcendental functions are {@link StrictMath}'s.
 *
 * <p>Steps: usable points ({@link CurvePoints}); optional ROUT-like outlier masking ({@link OutlierDetector}); the
 * estimate with restarts, weights or robust IRLS ({@link CurveEstimator}, {@link CurveSolver}); statistics,
 * verdict, class and intervals ({@link ResultAssembler}, {@link CurveJudge}, {@link CurveClassifier}); for
 * normalised data, a second fit with an unreached, undetermined plateau fixed at its control level ({@link
 * #fit}, flag {@code plateau_fixed_at_control}).
 */
public final class FourPlFitter {
    private final FitOptions options;

    private FourPlFitter(FitOptions options) {
        this.options = options;
    }

    /** A fitter with {@link FitOptions#DEFAULT}. */
    public static FourPlFitter create() {
        return new FourPlFitter(FitOptions.DEFAULT);
    }

    /** A copy with other options. */
    public FourPlFitter withOptions(FitOptions newOptions) {
        return new FourPlFitter(Objects.requireNonNull(newOptions, "options"));
    }

    /** The options in use. */
    public FitOptions options() {
        return options;
    }

    /**
     * Fits and judges one curve. Never throws for any data: empty, single points, NaN or infinite values,
     * concentration 0, duplicates only, constant or huge responses all give a result with a status and flags.
     */
    public CurveResult fit(CurveData data) {
        CurvePoints points = CurvePoints.of(data);
        if (points.n == 0) {
            return ResultAssembler.noPoints(points);
        }
        int k = options.freeParameterCount();
        if (!enough(points, k)) {
            return ResultAssembler.tooFewPoints(points, options, List.of());
        }
        CurveSolver solver = new CurveSolver(points, options);
        List<Integer> outliers = List.of();
        if (options.outlierQ() > 0) {
            boolean[] drop = OutlierDetector.detect(solver, k, options.outlierQ());
            outliers = originalIndices(points, drop);
            if (!outliers.isEmpty()) {
                points = points.without(drop);
                if (!enough(points, k)) {
                    return ResultAssembler.tooFewPoints(points, options, outliers);
                }
                solver = new CurveSolver(points, options);
            }
        }
        return fitPrepared(solver, outliers, null);
    }

    /**
     * Fits from given starting parameters instead of the data-driven guess (restarts still apply when that fit is
     * poor); for tests of start independence. The result is judged like any other.
     */
    CurveResult fitFrom(CurveData data, FourPlParameters start) {
        CurvePoints points = CurvePoints.of(data);
        int k = options.freeParameterCount();
        if (points.n == 0 || !enough(points, k)) {
            return fit(data);
        }
        CurveSolver solver = new CurveSolver(points, options);
        double[] external = new double[options.model().parameterCount()];
        external[SigmoidModel.BOTTOM] = start.bottom();
        external[SigmoidModel.TOP] = start.top();
        external[SigmoidModel.LOG_IC50] = start.logIc50();
        external[SigmoidModel.HILL] = start.hillSlope();
        if (external.length == 5) {
            external[SigmoidModel.ASYMMETRY] = 1;
        }
        return fitPrepared(solver, List.of(), solver.scaling().toInternal(external));
    }

    private CurveResult fitPrepared(CurveSolver solver, List<Integer> outliers, double[] firstStart) {
        CurveSolver.Solution best = solver.canonical(CurveEstimator.estimate(solver, options, firstStart));
        ResultAssembler.Assessment first = ResultAssembler.assess(solver, best, options, outliers, false);
        Optional<FitOptions> anchored = anchoredOptions(first.unreachedPlateaus());
        if (anchored.isEmpty()) {
            return first.result();
        }
        CurveSolver second = new CurveSolver(solver.points(), anchored.get());
        CurveSolver.Solution refit = second.canonical(CurveEstimator.estimate(second, anchored.get()));
        return ResultAssembler.assess(second, refit, anchored.get(), outliers, true)
                .result();
    }

    /**
     * Normalised data whose free fit leaves a plateau unreached (no tested concentration beyond its bend), not
     * determined by the data (confidence half-width above half the window tolerance) and unsupported by the controls
     * are re-fitted with that plateau fixed at its control level (Top at 100 %, Bottom at
     * 0 %): the midpoint of a curve whose plateau is a guess is not an IC50 anyone can use, while the controls say
     * where the plateau is. The result says so ({@code plateau_fixed_at_control}) and stays {@code partial}.
     */
    private Optional<FitOptions> anchoredOptions(int unreached) {
        if (unreached == 0 || options.controlWindow().isEmpty()) {
            return Optional.empty();
        }
        ControlWindow window = options.controlWindow().get();
        FitOptions.Builder builder = options.toBuilder();
        boolean changed = false;
        if ((unreached & CurveJudge.UPPER) != 0 && options.top().isFree()) {
            builder.top(ParameterConstraint.fixed(window.high()));
            changed = true;
        }
        if ((unreached & CurveJudge.LOWER) != 0 && options.bottom().isFree()) {
            builder.bottom(ParameterConstraint.fixed(window.low()));
            changed = true;
        }
        return changed ? Optional.of(builder.build()) : Optional.empty();
    }

    /** More points than parameters, and at least as many concentrations as parameters. */
    private static boolean enough(CurvePoints points, int k) {
        return points.n > k && points.distinctX() >= k;
    }

    private static List<Integer> originalIndices(CurvePoints points, boolean[] drop) {
        List<Integer> indices = new ArrayList<>();
        for (int i = 0; i < points.n; i++) {
            if (drop[i]) {
                indices.add(points.index[i]);
            }
        }
        indices.sort(null);
        return indices;
    }
}
