/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.fit;

/**
 * Prism's 4PL, {@code f = B + (T − B) q} with {@code q = 1 / (1 + e^u)}, {@code u = ln10 · (L − x) · H}. One
 * exponential per point, computed on the side that cannot overflow; ∂q/∂u = −q(1 − q).
 */
final class FourPlModel implements SigmoidModel {
    static final FourPlModel INSTANCE = new FourPlModel();

    private FourPlModel() {}

    @Override
    public int parameterCount() {
        return 4;
    }

    @Override
    public double value(double x, double[] p) {
        double u = LN10 * (p[LOG_IC50] - x) * p[HILL];
        double q;
        if (u > 0) {
            double e = StrictMath.exp(-u);
            q = e / (1 + e);
        } else {
            q = 1 / (1 + StrictMath.exp(u));
        }
        return p[BOTTOM] + (p[TOP] - p[BOTTOM]) * q;
    }

    @Override
    public void evaluate(double[] x, int n, double[] p, double[] f, double[] jacobian) {
        double bottom = p[BOTTOM];
        double span = p[TOP] - bottom;
        double logIc50 = p[LOG_IC50];
        double hill = p[HILL];
        double scaledHill = LN10 * hill;
        for (int i = 0; i < n; i++) {
            double d = logIc50 - x[i];
            double u = scaledHill * d;
            double q;
            double qq;
            if (u > 0) {
                double e = StrictMath.exp(-u);
                double inv = 1 / (1 + e);
                q = e * inv;
                qq = q * inv;
            } else {
                double e = StrictMath.exp(u);
                q = 1 / (1 + e);
                qq = e * q * q;
            }
            f[i] = bottom + span * q;
            if (jacobian != null) {
                int row = i * 4;
                double slope = -span * qq * LN10;
                jacobian[row] = 1 - q;
                jacobian[row + 1] = q;
                jacobian[row + 2] = slope * hill;
                jacobian[row + 3] = slope * d;
            }
        }
    }
}
