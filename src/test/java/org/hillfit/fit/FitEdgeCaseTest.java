/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Inputs that must never make the fitter throw: each gives a status, a qualifier and a reason. */
class FitEdgeCaseTest {
    private static final double NAN = Double.NaN;
    private static final double INF = Double.POSITIVE_INFINITY;

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            # input                | status   | qualifier | a flag it must carry
            empty                  | FLAGGED  | =         | no_points
            # one point cannot make a curve; its single value spans nothing
            one_point              | INACTIVE | >         | too_few_points
            # every point masked
            all_excluded           | FLAGGED  | =         | no_points
            # constant responses: the flat line is exact
            all_equal              | INACTIVE | >         | inactive
            # constant at 50 %: neither inactive nor a curve
            all_equal_at_half      | FLAGGED  | =         | flat_intermediate_response
            # NaN responses are left out and named; the rest is a good curve
            nan_responses          | FLAGGED  | =         | non_finite_excluded
            # so are infinite responses
            infinite_responses     | FLAGGED  | =         | non_finite_excluded
            # and NaN concentrations
            nan_concentrations     | FLAGGED  | =         | non_finite_excluded
            # concentration 0 (vehicle) is not a curve point; informational only
            zero_concentration     | OK       | =         | zero_concentration_excluded
            # two concentrations cannot fix four parameters
            two_concentrations     | FLAGGED  | =         | too_few_points
            # replicates of one concentration only
            duplicates_only        | FLAGGED  | =         | too_few_points
            # responses near 1e300: scaled before fitting, so the curve is still found
            huge_responses         | PARTIAL  | =         | asymptote_outside_window
            # responses near 1e-300: far under the 20 % inactive span
            tiny_responses         | INACTIVE | >         | inactive
            # a curve from -1.6e308 to +1.6e308, whose range overflows a double
            overflowing_range      | PARTIAL  | =         | asymptote_outside_window
            # negative responses (an activator, -100 to 0 %): a real curve outside the 0-100 % window
            negative_responses     | PARTIAL  | =         | asymptote_outside_window
            # flat noise around 0 %
            flat_noise             | INACTIVE | >         | inactive
            # a potent compound: full effect at every dose
            full_effect_everywhere | PARTIAL  | <         | active_at_all_doses
            # a weak compound whose midpoint lies beyond the top dose
            ic50_above_range       | PARTIAL  | >         | ic50_above_range
            # a potent compound whose midpoint lies below the lowest dose
            ic50_below_range       | PARTIAL  | <         | ic50_below_range
            # a very shallow curve
            shallow                | FLAGGED  | =         | hill_out_of_range
            # rises, then falls back at the top doses
            bell                   | FLAGGED  | =         | bell_shape
            """)
    void neverThrowsAndQualifies(String input, CurveStatus status, String qualifier, String flag) {
        CurveResult result = FourPlFitter.create().fit(data(input));
        assertEquals(status, result.status(), input + " " + result.flags());
        assertEquals(qualifier, result.qualifier().symbol(), input + " " + result.flags());
        assertTrue(result.flags().contains(flag), input + " " + result.flags());
        assertTrue(
                Double.isNaN(result.reportedLogIc50())
                        || result.reportedLogIc50() >= result.minLogConcentration()
                                && result.reportedLogIc50() <= result.maxLogConcentration(),
                input + ": never an extrapolated IC50");
    }

    static CurveData data(String input) {
        double[] x = doses();
        return switch (input) {
            case "empty" -> CurveData.of(new double[0], new double[0]);
            case "one_point" -> CurveData.of(new double[] {-7}, new double[] {50});
            case "all_excluded" -> new CurveData(x, curve(x, 0, 100, -7, 1), allTrue(x.length));
            case "all_equal" -> CurveData.of(x, constant(x.length, 7.5));
            case "all_equal_at_half" -> CurveData.of(x, constant(x.length, 50));
            case "nan_responses" -> CurveData.of(x, with(curve(x, 0, 100, -7, 1), 3, NAN));
            case "infinite_responses" -> CurveData.of(x, with(curve(x, 0, 100, -7, 1), 3, INF));
            case "nan_concentrations" -> CurveData.of(with(x, 3, NAN), curve(x, 0, 100, -7, 1));
            case "zero_concentration" ->
                CurveData.of(append(x, Double.NEGATIVE_INFINITY), append(curve(x, 0, 100, -7, 1), 0.5));
            case "two_concentrations" -> CurveData.of(new double[] {-8, -8, -6, -6}, new double[] {0, 2, 98, 100});
            case "duplicates_only" -> CurveData.of(constant(6, -7), new double[] {0, 10, 50, 90, 100, 40});
            case "huge_responses" -> CurveData.of(x, scale(curve(x, 0, 100, -7, 1), 1e298));
            case "tiny_responses" -> CurveData.of(x, scale(curve(x, 0, 100, -7, 1), 1e-302));
            case "overflowing_range" -> CurveData.of(x, scale(curve(x, -1, 1, -7, 1), 1.6e308));
            case "negative_responses" -> CurveData.of(x, curve(x, 0, -100, -7, 1));
            case "flat_noise" -> CurveData.of(x, new double[] {2, -3, 1, 4, -2, 0, 3, -1, 2, -4});
            case "full_effect_everywhere" ->
                CurveData.of(x, new double[] {99, 101, 98, 100, 102, 97, 100, 99, 101, 100});
            case "ic50_above_range" -> CurveData.of(x, curve(x, 0, 100, -4.7, 1.5));
            case "ic50_below_range" -> CurveData.of(x, curve(x, 0, 100, -9.6, 1.5));
            case "shallow" ->
                CurveData.of(
                        new double[] {-12, -11, -10, -9, -8, -7, -6, -5, -4, -3}, curve(-12, 1, 10, 0, 100, -7.5, 0.2));
            case "bell" -> CurveData.of(x, with(with(curve(x, 0, 100, -8, 1.5), 0, 20), 1, 35));
            default -> throw new IllegalArgumentException(input);
        };
    }

    /** Ten 3-fold doses from 10 µM down (log10 mol/L, highest first as on a plate). */
    static double[] doses() {
        double[] x = new double[10];
        for (int i = 0; i < 10; i++) {
            x[i] = -5 - i * Math.log10(3);
        }
        return x;
    }

    static double[] curve(double[] x, double bottom, double top, double logIc50, double hill) {
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = bottom + (top - bottom) / (1 + Math.pow(10, (logIc50 - x[i]) * hill));
        }
        return y;
    }

    private static double[] curve(double x0, double step, int n, double b, double t, double l, double h) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = x0 + i * step;
        }
        return curve(x, b, t, l, h);
    }

    private static double[] with(double[] v, int i, double value) {
        double[] copy = v.clone();
        copy[i] = value;
        return copy;
    }

    private static double[] append(double[] v, double value) {
        double[] copy = java.util.Arrays.copyOf(v, v.length + 1);
        copy[v.length] = value;
        return copy;
    }

    private static double[] constant(int n, double value) {
        double[] v = new double[n];
        java.util.Arrays.fill(v, value);
        return v;
    }

    private static double[] scale(double[] v, double factor) {
        double[] copy = v.clone();
        for (int i = 0; i < copy.length; i++) {
            copy[i] *= factor;
        }
        return copy;
    }

    private static boolean[] allTrue(int n) {
        boolean[] b = new boolean[n];
        java.util.Arrays.fill(b, true);
        return b;
    }
}
