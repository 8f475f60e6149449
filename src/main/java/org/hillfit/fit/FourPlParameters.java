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

    /** The model's value at X = log10(concentration in mol/L). */
    public double valueAt(double logConcentration) {
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
