/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.fit;

import java.util.Locale;

/**
 * The curve family fitted. The three-parameter logistic is not a separate family: it is the 4PL with the Hill slope
 * or the bottom fixed ({@link FitOptions#HILL_FIXED_AT_ONE}, {@link FitOptions#BOTTOM_FIXED_AT_ZERO}).
 */
public enum CurveModel {
    /**
     * Prism's four-parameter logistic: {@code Y = Bottom + (Top − Bottom) / (1 + 10^((LogIC50 − X) · Hill))}, X =
     * log10(concentration in mol/L).
     */
    FOUR_PL(4),
    /**
     * The asymmetric five-parameter logistic written around the midpoint: {@code Y = Bottom + (Top − Bottom) / (1 +
     * (2^(1/S) − 1) · 10^((LogIC50 − X) · Hill))^S}. S = 1 is the 4PL; LogIC50 stays the X where Y is half-way between
     * the plateaus (Prism's LogEC50 of the 5PL), so it is directly comparable with the 4PL's.
     */
    FIVE_PL(5);

    private final int parameterCount;

    CurveModel(int parameterCount) {
        this.parameterCount = parameterCount;
    }

    /** Number of parameters before constraints: 4 or 5. */
    public int parameterCount() {
        return parameterCount;
    }

    /** "4pl" or "5pl". */
    public String slug() {
        return name().replace("_", "")
                .toLowerCase(Locale.ROOT)
                .replace("four", "4")
                .replace("five", "5");
    }
}
