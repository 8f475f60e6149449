/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Z' worked example (numbers from python3 statistics.stdev): neutral 1000, 1100, 900, 1040 → mean 1010, SD 84.0635,
 * median 1020, MAD 50; inhibitor 100, 120, 80, 140 → mean 110, SD 25.8199, median 110, MAD 20.
 */
class PlateQcTest {
    private static final double[] NEUTRAL = {1000, 1100, 900, 1040};
    private static final double[] INHIBITOR = {100, 120, 80, 140};

    @Test
    void zPrimeOfTheWorkedExample() {
        // 1 − 3 (84.0635 + 25.8199) / |1010 − 110| = 1 − 329.650 / 900 = 0.63372
        assertEquals(
                0.6337221431305353,
                PlateQc.of(NEUTRAL, INHIBITOR, QcThresholds.DEFAULT).zPrime(),
                1e-12);
    }

    @Test
    void robustZPrimeUsesMediansAndMad() {
        // 1 − 3 × 1.4826 (50 + 20) / |1020 − 110| = 1 − 311.346 / 910 = 0.65786
        assertEquals(
                0.6578615384615385,
                PlateQc.of(NEUTRAL, INHIBITOR, QcThresholds.DEFAULT).robustZPrime(),
                1e-12);
    }

    @Test
    void windowAndVariationStatistics() {
        PlateQc qc = PlateQc.of(NEUTRAL, INHIBITOR, QcThresholds.DEFAULT);
        assertEquals(1010.0 / 110, qc.signalToBackground(), 1e-12); // 9.1818
        assertEquals(900 / 25.81988897471611, qc.signalToNoise(), 1e-9); // 34.857
        assertEquals(8.323115652091415, qc.cvNeutralPercent(), 1e-9); // 100 × 84.0635 / 1010
        assertEquals(23.472626340651008, qc.cvInhibitorPercent(), 1e-9); // 100 × 25.8199 / 110
        assertEquals(QcVerdict.PASS, qc.verdict());
    }

    @ParameterizedTest
    @CsvSource({
        // z',  pass, warn, verdict
        "0.63,  0.5,  0,    PASS",
        "0.63,  0.7,  0,    WARN", //  a stricter pass band
        "0.2,   0.5,  0,    WARN",
        "-0.1,  0.5,  0,    FAIL",
        "-0.1,  0.5,  -0.2, WARN", // a laxer warn band
        "NaN,   0.5,  0,    FAIL", //  no controls, no verdict to trust
    })
    void verdictBandsAreConfigurable(double zPrime, double pass, double warn, QcVerdict verdict) {
        assertEquals(verdict, new QcThresholds(pass, warn).verdict(zPrime));
    }

    @Test
    void anAssaySummaryTakesMeansAndTheWorstPlate() {
        PlateQc good = PlateQc.of(NEUTRAL, INHIBITOR, QcThresholds.DEFAULT);
        PlateQc bad = PlateQc.of(new double[] {1000, 400, 1000, 400}, INHIBITOR, QcThresholds.DEFAULT);
        AssayQc assay = AssayQc.of("TYK2", java.util.List.of(good, bad));
        assertEquals(2, assay.plates());
        assertEquals(1, assay.passed());
        assertEquals(1, assay.failed());
        assertEquals(QcVerdict.FAIL, assay.verdict());
        assertEquals(bad.zPrime(), assay.minZPrime(), 0.0);
        assertEquals((good.zPrime() + bad.zPrime()) / 2, assay.meanZPrime(), 1e-12);
    }
}
