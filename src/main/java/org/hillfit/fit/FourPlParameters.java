/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.fit;

/**
 * The four-parameter logistic in Prism's form: {@code Y = bottom + (top − bottom) / (1 + 10^((logIc50 − X) ·
 * hillSlope))} with X = log10(concentration in mol/L). A rising curve (% inhibition) has {@code hillSlope > 0}.
 *
 * @param bottom response at X → −∞ for a rising curve
 * @param top response at X → +∞ for a rising curve
 * @param logIc50 log10 of the midpoint concentration (mol/L)
 * @param hillSlope steepness; R drc's b is −hillSlope
 */
public record FourPlParameters(double bottom, double top, double logIc50, double hillSlope) {

    /**
     * The flat line {@code Y = level}, reported for curves the flat line describes better than any sigmoid
     * (inactive and the like, see {@link CurveResult#parameters()}): top = bottom = level, no midpoint and no slope
     * (both NaN).
     */
    public static FourPlParameters flat(double level) {
        return new FourPlParameters(level, level, Double.NaN, Double.NaN);
    }

    /** True for a flat line: top = bottom, so the midpoint and the slope mean nothing. */
    public boolean isFlat() {
        return top == bottom;
    }

    /** The model's value at X = log10(concentration in mol/L); the level of a flat line anywhere. */
    public double valueAt(double logConcentration) {
        if (isFlat()) {
            return bottom;
        }
        return bottom + (top - bottom) / (1 + StrictMath.pow(10, (logIc50 - logConcentration) * hillSlope));
    }

    /** The midpoint concentration in mol/L. */
    public double ic50Molar() {
        return StrictMath.pow(10, logIc50);
    }

    /** The span top − bottom. */
    public double span() {
        return top - bottom;
    }
}
