/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * NIST StRD nonlinear regression sets with certified values (Ratkowsky 1983, "higher difficulty"), data and values as
 * published by NIST's Statistical Reference Datasets (see {@code reference/README.md}). Rat42 is a logistic and Rat43
 * a 5PL in disguise, so both go through the whole engine; Rat43 also through the generic Levenberg–Marquardt core
 * from NIST's first (distant) start.
 */
class NistStrdTest {
    private static final double[] RAT42_X = {9, 14, 21, 28, 42, 57, 63, 70, 79};
    private static final double[] RAT42_Y = {8.930, 10.800, 18.590, 22.330, 39.350, 56.110, 61.730, 64.620, 67.080};
    private static final double[] RAT42_B = {7.2462237576E+01, 2.6180768402E+00, 6.7359200066E-02};
    private static final double RAT42_SS = 8.0565229338E+00;

    private static final double[] RAT43_X = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15};
    private static final double[] RAT43_Y = {
        16.08, 33.83, 65.80, 97.20, 191.55, 326.20, 386.87, 520.53, 590.03, 651.92, 724.93, 699.56, 689.96, 637.56,
        717.41
    };
    private static final double[] RAT43_B = {6.9964151270E+02, 5.2771253025E+00, 7.5962938329E-01, 1.2792483859E+00};
    private static final double RAT43_SS = 8.7864049080E+03;

    private static final double LN10 = Math.log(10);

    @Test
    void rat42IsA4plWithBottomFixedAtZero() {
        // b1 / (1 + exp(b2 − b3 x)) = Top / (1 + 10^((L − x) H)) with Top = b1, H = b3 / ln 10, L = b2 / b3
        FitOptions options = FitOptions.RAW_SIGNAL.toBuilder()
                .bottom(ParameterConstraint.fixed(0))
                .build();
        FitSummary fit = FourPlFitter.create()
                .withOptions(options)
                .fit(CurveData.of(RAT42_X, RAT42_Y))
                .details()
                .orElseThrow();
        assertEquals(RAT42_SS, fit.sumOfSquares(), 1e-9 * RAT42_SS);
        assertEquals(RAT42_B[0], fit.estimate("Top").orElseThrow().value(), 1e-7 * RAT42_B[0]);
        assertEquals(RAT42_B[2] / LN10, fit.estimate("HillSlope").orElseThrow().value(), 1e-7 * RAT42_B[2]);
        assertEquals(
                RAT42_B[1] / RAT42_B[2], fit.estimate("LogIC50").orElseThrow().value(), 1e-6);
        // NIST's certified standard deviation of b1
        assertEquals(1.7340283401E+00, fit.estimate("Top").orElseThrow().standardError(), 1e-6);
    }

    @Test
    void rat43IsA5plWithBottomFixedAtZero() {
        // b1 / (1 + exp(b2 − b3 x))^(1/b4): Top = b1, S = 1/b4, H = b3 / ln 10, L = (b2 − ln(2^(1/S) − 1)) / b3
        FitOptions options = FitOptions.RAW_SIGNAL.toBuilder()
                .model(CurveModel.FIVE_PL)
                .bottom(ParameterConstraint.fixed(0))
                .build();
        FitSummary fit = FourPlFitter.create()
                .withOptions(options)
                .fit(CurveData.of(RAT43_X, RAT43_Y))
                .details()
                .orElseThrow();
        double s = 1 / RAT43_B[3];
        double c = Math.pow(2, 1 / s) - 1;
        assertEquals(RAT43_SS, fit.sumOfSquares(), 1e-9 * RAT43_SS);
        assertEquals(RAT43_B[0], fit.estimate("Top").orElseThrow().value(), 1e-6 * RAT43_B[0]);
        assertEquals(s, fit.asymmetry().orElseThrow(), 1e-6 * s);
        assertEquals(RAT43_B[2] / LN10, fit.estimate("HillSlope").orElseThrow().value(), 1e-6);
        assertEquals(
                (RAT43_B[1] - Math.log(c)) / RAT43_B[2],
                fit.estimate("LogIC50").orElseThrow().value(),
                1e-5);
    }

    @Test
    void theGenericCoreSolvesRat43FromNistsFirstStart() {
        LeastSquaresProblem problem = new Rat43();
        double[] p = {100, 10, 1, 1};
        double[] lower = {-1e6, -1e6, -1e6, 1e-6};
        double[] upper = {1e6, 1e6, 1e6, 1e6};
        LmResult result = LevenbergMarquardt.create()
                .minimize(problem, p, lower, upper, new boolean[] {true, true, true, true}, new LmWorkspace(15, 4));
        assertTrue(result.convergence().isConverged(), result.toString());
        assertEquals(RAT43_SS, result.sumOfSquares(), 1e-9 * RAT43_SS);
        for (int j = 0; j < 4; j++) {
            assertEquals(RAT43_B[j], p[j], 1e-6 * Math.abs(RAT43_B[j]), "b" + (j + 1));
        }
    }

    /** y = b1 / (1 + exp(b2 − b3 x))^(1/b4), with its analytic Jacobian. */
    private static final class Rat43 implements LeastSquaresProblem {
        @Override
        public int observationCount() {
            return RAT43_X.length;
        }

        @Override
        public int parameterCount() {
            return 4;
        }

        @Override
        public double residuals(double[] p, double[] r) {
            return residualsAndJacobian(p, r, null);
        }

        @Override
        public double residualsAndJacobian(double[] p, double[] r, double[] jacobian) {
            double ss = 0;
            for (int i = 0; i < RAT43_X.length; i++) {
                double e = Math.exp(p[1] - p[2] * RAT43_X[i]);
                double base = 1 + e;
                double power = Math.pow(base, -1 / p[3]);
                double f = p[0] * power;
                r[i] = RAT43_Y[i] - f;
                ss += r[i] * r[i];
                if (jacobian != null) {
                    double dBase = -p[0] / p[3] * power / base;
                    jacobian[i * 4] = power;
                    jacobian[i * 4 + 1] = dBase * e;
                    jacobian[i * 4 + 2] = -dBase * e * RAT43_X[i];
                    jacobian[i * 4 + 3] = f * Math.log(base) / (p[3] * p[3]);
                }
            }
            return ss;
        }
    }
}
