/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** What statistics and common sense say a curve fitter must do, on generated curves (fixed seeds). */
class FourPlFitterPropertiesTest {
    private static final double[] X = FitEdgeCaseTest.doses();
    private static final double X_MIN = -5 - 9 * Math.log10(3);

    @Property(tries = 200, seed = "12")
    void noiseFreeCurvesGiveBackTheirParameters(
            @ForAll @DoubleRange(min = -20, max = 20) double bottom,
            @ForAll @DoubleRange(min = 50, max = 150) double span,
            @ForAll @DoubleRange(min = 0, max = 1) double position,
            @ForAll @DoubleRange(min = 0.3, max = 5) double hill,
            @ForAll boolean falling) {
        double logIc50 = X_MIN + 0.5 + position * (-5 - 0.5 - X_MIN - 0.5);
        // Prism's form with Top the upper plateau: a falling curve has a negative Hill slope
        double signedHill = falling ? -hill : hill;
        double[] y = FitEdgeCaseTest.curve(X, bottom, bottom + span, logIc50, signedHill);
        FourPlParameters p =
                FourPlFitter.create().fit(CurveData.of(X, y)).parameters().orElseThrow();
        assertEquals(logIc50, p.logIc50(), 1e-6);
        assertEquals(signedHill, p.hillSlope(), 1e-5 * hill);
        assertEquals(bottom, p.bottom(), 1e-6 * span);
        assertEquals(bottom + span, p.top(), 1e-6 * span);
    }

    @Property(tries = 100, seed = "13")
    void pointOrderDoesNotChangeTheFit(@ForAll("noisyCurves") CurveData data, @ForAll long shuffleSeed) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < data.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(shuffleSeed));
        double[] x = new double[data.size()];
        double[] y = new double[data.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = data.logConcentration(order.get(i));
            y[i] = data.response(order.get(i));
        }
        FourPlFitter fitter = FourPlFitter.create();
        assertEquals(fitter.fit(data), fitter.fit(CurveData.of(x, y)), "bit-identical whatever the order");
    }

    @Property(tries = 100, seed = "14")
    void scalingTheResponsesScalesBottomAndTop(
            @ForAll("noisyCurves") CurveData data, @ForAll @DoubleRange(min = -3, max = 3) double decades) {
        double factor = Math.pow(10, decades);
        FourPlFitter fitter = FourPlFitter.create().withOptions(FitOptions.RAW_SIGNAL);
        double[] y = data.responses();
        for (int i = 0; i < y.length; i++) {
            y[i] *= factor;
        }
        FourPlParameters before = fitter.fit(data).parameters().orElseThrow();
        FourPlParameters after = fitter.fit(CurveData.of(data.logConcentrations(), y))
                .parameters()
                .orElseThrow();
        double span = Math.abs(before.span()) * factor;
        assertEquals(before.bottom() * factor, after.bottom(), 1e-6 * span);
        assertEquals(before.top() * factor, after.top(), 1e-6 * span);
        assertEquals(before.logIc50(), after.logIc50(), 1e-6);
        assertEquals(before.hillSlope(), after.hillSlope(), 1e-6 * Math.abs(before.hillSlope()));
    }

    @Property(tries = 200, seed = "15")
    void startingValuesDoNotMatterForWellPosedCurves(
            @ForAll @IntRange(min = 0, max = 10_000) int curveSeed,
            @ForAll @DoubleRange(min = -30, max = 30) double bottom,
            @ForAll @DoubleRange(min = 60, max = 140) double top,
            @ForAll @DoubleRange(min = 0, max = 1) double position,
            @ForAll @DoubleRange(min = 0.3, max = 3) double hill) {
        CurveData data = wellPosed(new Random(curveSeed));
        FourPlFitter fitter = FourPlFitter.create();
        double start = X_MIN + position * (-5 - X_MIN);
        CurveResult fromGuess = fitter.fit(data);
        CurveResult fromStart = fitter.fitFrom(data, new FourPlParameters(bottom, top, start, hill));
        assertEquals(
                fromGuess.parameters().orElseThrow().logIc50(),
                fromStart.parameters().orElseThrow().logIc50(),
                1e-6);
    }

    @Property(tries = 500, seed = "16")
    void anyInputGivesAResult(
            @ForAll @Size(max = 14) List<@DoubleRange(min = -1e12, max = 1e12) Double> responses,
            @ForAll("specials") double special,
            @ForAll @IntRange(min = 0, max = 13) int where) {
        double[] y = responses.stream().mapToDouble(Double::doubleValue).toArray();
        double[] x = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            x[i] = -4 - (i % 7) * 0.5;
        }
        if (where < y.length) {
            y[where] = special;
            x[(where + 1) % y.length] = special;
        }
        CurveResult result = FourPlFitter.create().fit(CurveData.of(x, y));
        assertNotNull(result.status());
    }

    @Provide
    Arbitrary<Double> specials() {
        return Arbitraries.of(
                Double.NaN,
                Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY,
                0.0,
                -0.0,
                Double.MAX_VALUE,
                -Double.MAX_VALUE,
                Double.MIN_VALUE,
                1e-300);
    }

    @Provide
    Arbitrary<CurveData> noisyCurves() {
        return Arbitraries.integers().between(0, 1_000_000).map(seed -> wellPosed(new Random(seed)));
    }

    /** Duplicate 10-point curves with the midpoint at least a decade inside the doses, Hill 0.6–2, noise SD 4. */
    static CurveData wellPosed(Random random) {
        double logIc50 = X_MIN + 1 + random.nextDouble() * (-5 - 1 - X_MIN - 1);
        double hill = 0.6 + 1.4 * random.nextDouble();
        double[] x = new double[20];
        double[] y = new double[20];
        for (int i = 0; i < 20; i++) {
            x[i] = X[i / 2];
            y[i] = 100 / (1 + Math.pow(10, (logIc50 - x[i]) * hill)) + 4 * random.nextGaussian();
        }
        return CurveData.of(x, y);
    }
}
