/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.fit;

/**
 * How curves are fitted and judged.
 *
 * @param inactiveSpanPercent a fitted span below this (in response units, % for normalised data) means inactive
 * @param inactiveAlpha significance level of the 4PL-versus-flat extra-sum-of-squares F test
 */
public record FitOptions(double inactiveSpanPercent, double inactiveAlpha) {

    /** Prism-like defaults: span under 20 % or p > 0.05 is inactive. */
    public static final FitOptions DEFAULT = new FitOptions(20, 0.05);

    public FitOptions {
        if (!(inactiveSpanPercent >= 0) || !(inactiveAlpha > 0 && inactiveAlpha < 1)) {
            throw new IllegalArgumentException(
                    "inactive span must be ≥ 0 and alpha in (0, 1); got " + inactiveSpanPercent + ", " + inactiveAlpha);
        }
    }
}
