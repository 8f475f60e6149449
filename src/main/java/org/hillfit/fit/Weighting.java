/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.fit;

/**
 * How residuals are weighted. Unequal weights follow Prism 5 and later: the weight of a point comes from the Y of the
 * fitted <em>curve</em> (not the data), by repeated fits with the weights held fixed until the weighted sum of
 * squares stops changing. Curve values nearer zero than 0.1 % of the largest |Y| are taken at that floor, so a curve
 * passing through 0 does not give one point all the weight.
 */
public enum Weighting {
    /** Equal weights: ordinary least squares (the default). */
    NONE(0),
    /** Relative weighting, 1/Y²: constant coefficient of variation. */
    INVERSE_Y_SQUARED(2),
    /** Poisson weighting, 1/Y: counts. */
    INVERSE_Y(1);

    private final int exponent;

    Weighting(int exponent) {
        this.exponent = exponent;
    }

    /** The k of weight 1/|Y|^k: 0, 1 or 2. */
    public int exponent() {
        return exponent;
    }
}
