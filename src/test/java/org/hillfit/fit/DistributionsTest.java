/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Against SciPy 1.17.1 ({@code scipy.stats.t.ppf}, {@code scipy.stats.f.isf}, {@code scipy.special.gammaln}). */
class DistributionsTest {

    @ParameterizedTest
    @CsvSource({
        // dof, two-sided 95 % t quantile
        "1, 12.706204736",
        "2, 4.302652730",
        "6, 2.446911851",
        "10, 2.228138852",
        "30, 2.042272456",
        "1000, 1.962339081",
        "5000, 1.960438552"
    })
    void tQuantilesMatchTheTables(double dof, double expected) {
        assertEquals(expected, Distributions.tQuantileTwoSided(0.95, dof), 1e-8);
    }

    @ParameterizedTest
    @CsvSource({
        // f, d1, d2, P(F > f)
        "4.234367116, 3, 9, 0.04",
        "3.862548358, 3, 9, 0.05",
        "161.4476388, 1, 1, 0.05"
    })
    void fSurvivalMatchesTheTables(double f, double d1, double d2, double expected) {
        assertEquals(expected, Distributions.fSurvival(f, d1, d2), 1e-8);
    }

    @ParameterizedTest
    @CsvSource({"0.5, 0.5723649429247001", "1, 0", "10, 12.801827480081469", "171.5, 709.1431630309283"})
    void logGammaIsAccurate(double x, double expected) {
        assertEquals(expected, Distributions.logGamma(x), 1e-9);
    }
}
