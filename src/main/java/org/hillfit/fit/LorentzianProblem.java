/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.fit;

/**
 * The Lorentzian (Cauchy) merit Σ ln(1 + (r_i / s)²) of a curve's unweighted residuals, written as least squares of
 * transformed residuals ρ_i = sign(r_i) √ln(1 + (r_i / s)²), so that {@link LevenbergMarquardt} minimises it
 * directly and accepts only steps that lower it (re-weighting alone can jump into a worse basin). dρ/dr = (r / s²) /
 * ((1 + (r/s)²) ρ), 1/s at r = 0.
 */
final class LorentzianProblem implements LeastSquaresProblem {
    private final CurveProblem curve;
    private final double scale;

    /** The merit of {@code curve} (used unweighted) with scale s &gt; 0. */
    LorentzianProblem(CurveProblem curve, double scale) {
        this.curve = curve;
        this.scale = scale;
    }

    @Override
    public int observationCount() {
        return curve.observationCount();
    }

    @Override
    public int parameterCount() {
        return curve.parameterCount();
    }

    @Override
    public double residuals(double[] p, double[] r) {
        curve.residuals(p, r);
        return transform(r, null);
    }

    @Override
    public double residualsAndJacobian(double[] p, double[] r, double[] jacobian) {
        curve.residualsAndJacobian(p, r, jacobian);
        return transform(r, jacobian);
    }

    private double transform(double[] r, double[] jacobian) {
        int m = curve.observationCount();
        int np = curve.parameterCount();
        double merit = 0;
        for (int i = 0; i < m; i++) {
            double u = r[i] / scale;
            double rho = Math.copySign(Math.sqrt(StrictMath.log1p(u * u)), r[i]);
            if (jacobian != null) {
                double factor = rho == 0 ? 1 / scale : (u / scale) / ((1 + u * u) * rho);
                for (int j = i * np, end = j + np; j < end; j++) {
                    jacobian[j] *= factor;
                }
            }
            r[i] = rho;
            merit += rho * rho;
        }
        return Double.isNaN(merit) ? Double.POSITIVE_INFINITY : merit;
    }
}
