/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.fit;

/**
 * The affine change of units the fitter works in: X is centred on the middle of the tested range and Y is centred
 * and divided by its range, so every curve is fitted on the same numerical scale whatever its units (responses of
 * 1e-12 or 1e12 fit as well as percentages).
 *
 * @param xShift subtracted from X (log10 mol/L)
 * @param yShift subtracted from Y
 * @param yScale Y is divided by this after the shift; > 0
 */
record Scaling(double xShift, double yShift, double yScale) {

    /** The scaling for these points. */
    static Scaling of(CurvePoints points) {
        if (points.n == 0) {
            return new Scaling(0, 0, 1);
        }
        double yMin = points.minY();
        double yMax = points.maxY();
        double shift = 0.5 * yMin + 0.5 * yMax;
        double range = yMax - yMin;
        double scale;
        if (range > 0 && Double.isFinite(range)) {
            scale = range;
        } else if (range > 0) {
            scale = Math.max(Math.abs(yMin), Math.abs(yMax)); // the range overflowed: values near ±1.8e308
        } else {
            scale = Math.max(Math.abs(shift), Double.MIN_NORMAL);
        }
        return new Scaling(0.5 * points.minX() + 0.5 * points.maxX(), shift, scale);
    }

    double toInternalY(double y) {
        return (y - yShift) / yScale;
    }

    double toExternalY(double y) {
        return y * yScale + yShift;
    }

    /** Internal parameters of a model to external ones (a new array). */
    double[] toExternal(double[] p) {
        double[] out = p.clone();
        out[SigmoidModel.BOTTOM] = toExternalY(p[SigmoidModel.BOTTOM]);
        out[SigmoidModel.TOP] = toExternalY(p[SigmoidModel.TOP]);
        out[SigmoidModel.LOG_IC50] = p[SigmoidModel.LOG_IC50] + xShift;
        return out;
    }

    /** External parameters to internal ones (a new array). */
    double[] toInternal(double[] p) {
        double[] out = p.clone();
        out[SigmoidModel.BOTTOM] = toInternalY(p[SigmoidModel.BOTTOM]);
        out[SigmoidModel.TOP] = toInternalY(p[SigmoidModel.TOP]);
        out[SigmoidModel.LOG_IC50] = p[SigmoidModel.LOG_IC50] - xShift;
        return out;
    }
}
