/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.fit;

/**
 * A curve family with its analytic Jacobian, evaluated over all points at once. Parameters are indexed {@link
 * #BOTTOM}, {@link #TOP}, {@link #LOG_IC50}, {@link #HILL} and, for the 5PL, {@link #ASYMMETRY}. Stateless.
 */
interface SigmoidModel {
    /** Index of Bottom. */
    int BOTTOM = 0;
    /** Index of Top. */
    int TOP = 1;
    /** Index of LogIC50. */
    int LOG_IC50 = 2;
    /** Index of the Hill slope. */
    int HILL = 3;
    /** Index of the 5PL asymmetry S. */
    int ASYMMETRY = 4;
    /** ln 10. */
    double LN10 = 2.302585092994046;

    /** The model for a family. */
    static SigmoidModel of(CurveModel model) {
        return model == CurveModel.FIVE_PL ? FivePlModel.INSTANCE : FourPlModel.INSTANCE;
    }

    /** 4 or 5. */
    int parameterCount();

    /** Y at one X. */
    double value(double x, double[] p);

    /**
     * Writes f(x_i) to {@code f} and, when {@code jacobian} is not null, ∂f(x_i)/∂p_j to {@code jacobian[i · np +
     * j]} for the first n points.
     */
    void evaluate(double[] x, int n, double[] p, double[] f, double[] jacobian);
}
