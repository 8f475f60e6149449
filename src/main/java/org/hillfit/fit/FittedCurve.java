/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.fit;

/**
 * Everything the judge and the classifier need to know about one converged (or given-up) fit, in external units.
 *
 * @param options the options used
 * @param points the points fitted (sorted by X)
 * @param params Bottom, Top, LogIC50, Hill (, Asymmetry), external units
 * @param freeCount number of estimated parameters
 * @param r2 coefficient of determination
 * @param syx √(SS / dof)
 * @param flatPValue p of the F test against the flat line
 * @param convergence how the final fit ended
 * @param atSanityLimit true when a plateau, Hill or asymmetry ended on a sanity limit
 * @param uncertainty standard errors and dependence
 * @param outliersMasked true when the outlier test masked points
 */
record FittedCurve(
        FitOptions options,
        CurvePoints points,
        double[] params,
        int freeCount,
        double r2,
        double syx,
        double flatPValue,
        Convergence convergence,
        boolean atSanityLimit,
        Uncertainty uncertainty,
        boolean outliersMasked) {

    /** The fitted response at X. */
    double valueAt(double x) {
        return SigmoidModel.of(options.model()).value(x, params);
    }

    double bottom() {
        return params[SigmoidModel.BOTTOM];
    }

    double top() {
        return params[SigmoidModel.TOP];
    }

    double logIc50() {
        return params[SigmoidModel.LOG_IC50];
    }

    double hill() {
        return params[SigmoidModel.HILL];
    }

    /** n − p. */
    int dof() {
        return points.n - freeCount;
    }

    /** The change of the fitted curve across the tested doses, |f(xmax) − f(xmin)|. */
    double changeInRange() {
        return Math.abs(valueAt(points.maxX()) - valueAt(points.minX()));
    }

    /** +1 when the curve rises with dose, −1 when it falls. */
    int effectDirection() {
        return (top() - bottom()) * hill() >= 0 ? 1 : -1;
    }

    /** The plateau at low doses: Bottom for Hill > 0, Top for Hill < 0. */
    double lowDosePlateau() {
        return hill() >= 0 ? bottom() : top();
    }

    /** The plateau at high doses. */
    double highDosePlateau() {
        return hill() >= 0 ? top() : bottom();
    }

    /** The response threshold of "activity": the inactive span, or 20 % of the fitted span when that is 0. */
    double activityThreshold() {
        double span = options.inactiveSpanPercent();
        return span > 0 ? span : 0.2 * Math.abs(top() - bottom());
    }

    /** Mean response per distinct X, in X order. */
    double[] concentrationMeans() {
        int n = points.n;
        double[] means = new double[points.distinctX()];
        int g = 0;
        for (int i = 0; i < n; ) {
            double sum = 0;
            int count = 0;
            int j = i;
            while (j < n && points.x[j] == points.x[i]) {
                sum += points.y[j++];
                count++;
            }
            means[g++] = sum / count;
            i = j;
        }
        return means;
    }
}
