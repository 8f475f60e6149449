/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.fit;

/**
 * Least squares of a {@link SigmoidModel} on scaled points with fixed weights: r_i = √w_i (y_i − f(x_i)). The
 * weights can be replaced between runs (iteratively reweighted fits); the points cannot. Not thread-safe: one per
 * fit call.
 */
final class CurveProblem implements LeastSquaresProblem {
    private final SigmoidModel model;
    private final double[] x;
    private final double[] y;
    private final int n;
    private final double[] rootWeights;
    private final double[] values;
    private boolean weighted;

    /**
     * @param x scaled X per point
     * @param y scaled Y per point
     * @param n number of points used
     * @param values scratch of length ≥ n
     */
    CurveProblem(SigmoidModel model, double[] x, double[] y, int n, double[] values) {
        this.model = model;
        this.x = x;
        this.y = y;
        this.n = n;
        this.values = values;
        this.rootWeights = new double[n];
    }

    /** Uses equal weights from now on. */
    void clearWeights() {
        weighted = false;
    }

    /** Uses these weights (w_i, not √w_i) from now on. */
    void setWeights(double[] weights) {
        for (int i = 0; i < n; i++) {
            rootWeights[i] = Math.sqrt(weights[i]);
        }
        weighted = true;
    }

    /** True when unequal weights are in use. */
    boolean isWeighted() {
        return weighted;
    }

    /** The weight of point i (1 without weights). */
    double weight(int i) {
        return weighted ? rootWeights[i] * rootWeights[i] : 1;
    }

    SigmoidModel model() {
        return model;
    }

    @Override
    public int observationCount() {
        return n;
    }

    @Override
    public int parameterCount() {
        return model.parameterCount();
    }

    @Override
    public double residuals(double[] p, double[] r) {
        model.evaluate(x, n, p, values, null);
        return fill(r);
    }

    @Override
    public double residualsAndJacobian(double[] p, double[] r, double[] jacobian) {
        model.evaluate(x, n, p, values, jacobian);
        if (weighted) {
            int np = model.parameterCount();
            for (int i = 0; i < n; i++) {
                double w = rootWeights[i];
                for (int j = i * np, end = j + np; j < end; j++) {
                    jacobian[j] *= w;
                }
            }
        }
        return fill(r);
    }

    private double fill(double[] r) {
        double ss = 0;
        for (int i = 0; i < n; i++) {
            double ri = y[i] - values[i];
            if (weighted) {
                ri *= rootWeights[i];
            }
            r[i] = ri;
            ss += ri * ri;
        }
        return Double.isNaN(ss) ? Double.POSITIVE_INFINITY : ss;
    }
}
