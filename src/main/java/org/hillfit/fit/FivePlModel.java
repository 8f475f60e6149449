/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.fit;

/**
 * The 5PL around its midpoint: {@code f = B + (T − B) A^(−S)} with {@code A = 1 + c e^u}, {@code c = 2^(1/S) − 1},
 * {@code u = ln10 · (L − x) · H}; at x = L, A = 2^(1/S) and f is half-way. ln A is computed as softplus(u + ln c)
 * so that no exponential overflows.
 */
final class FivePlModel implements SigmoidModel {
    static final FivePlModel INSTANCE = new FivePlModel();
    private static final double LN2 = 0.6931471805599453;

    private FivePlModel() {}

    @Override
    public int parameterCount() {
        return 5;
    }

    @Override
    public double value(double x, double[] p) {
        double s = p[ASYMMETRY];
        double v = LN10 * (p[LOG_IC50] - x) * p[HILL] + StrictMath.log(StrictMath.expm1(LN2 / s));
        return p[BOTTOM] + (p[TOP] - p[BOTTOM]) * StrictMath.exp(-s * softplus(v));
    }

    @Override
    public void evaluate(double[] x, int n, double[] p, double[] f, double[] jacobian) {
        double bottom = p[BOTTOM];
        double span = p[TOP] - bottom;
        double logIc50 = p[LOG_IC50];
        double hill = p[HILL];
        double s = p[ASYMMETRY];
        double c = StrictMath.expm1(LN2 / s);
        double lnC = StrictMath.log(c);
        double dcTerm = (c + 1) * LN2 / (s * c);
        for (int i = 0; i < n; i++) {
            double d = logIc50 - x[i];
            double v = LN10 * d * hill + lnC;
            double lnA = softplus(v);
            double w = StrictMath.exp(-s * lnA);
            f[i] = bottom + span * w;
            if (jacobian != null) {
                double sigma = v > 0 ? 1 / (1 + StrictMath.exp(-v)) : StrictMath.exp(v) / (1 + StrictMath.exp(v));
                double slope = -span * s * w * sigma * LN10;
                int row = i * 5;
                jacobian[row] = 1 - w;
                jacobian[row + 1] = w;
                jacobian[row + 2] = slope * hill;
                jacobian[row + 3] = slope * d;
                jacobian[row + 4] = span * w * (-lnA + sigma * dcTerm);
            }
        }
    }

    /** ln(1 + e^v) without overflow. */
    private static double softplus(double v) {
        return v > 0 ? v + StrictMath.log1p(StrictMath.exp(-v)) : StrictMath.log1p(StrictMath.exp(v));
    }
}
