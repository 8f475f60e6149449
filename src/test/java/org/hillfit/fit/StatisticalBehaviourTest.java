/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Over many simulated curves (fixed seeds) the estimates and their intervals behave as statistics says: LogIC50 is
 * unbiased, the 95 % intervals cover the truth about 95 % of the time, and the ROUT-like test rarely accuses clean
 * data while it finds a gross outlier.
 */
class StatisticalBehaviourTest {
    private static final int CURVES = 400;

    @Test
    void asymptoticIntervalsCoverTheTruthAbout95PercentOfTheTime() {
        assertCoverage(FourPlFitter.create(), 0.90, 0.99);
    }

    @Test
    void profileLikelihoodIntervalsCoverTheTruthAbout95PercentOfTheTime() {
        FitOptions profile = FitOptions.DEFAULT.toBuilder()
                .ciMethod(CiMethod.PROFILE_LIKELIHOOD)
                .build();
        assertCoverage(FourPlFitter.create().withOptions(profile), 0.90, 0.99);
    }

    private static void assertCoverage(FourPlFitter fitter, double low, double high) {
        Random random = new Random(2024);
        int covered = 0;
        int withInterval = 0;
        double bias = 0;
        for (int c = 0; c < CURVES; c++) {
            double logIc50 = -8.3 + 2.3 * random.nextDouble();
            double hill = 0.7 + random.nextDouble();
            CurveResult r = fitter.fit(simulate(random, logIc50, hill, 5));
            bias += r.parameters().orElseThrow().logIc50() - logIc50;
            if (r.hasConfidenceInterval()) {
                withInterval++;
                covered += r.logIc50CiLow() <= logIc50 && logIc50 <= r.logIc50CiHigh() ? 1 : 0;
            }
        }
        double coverage = covered / (double) withInterval;
        assertTrue(withInterval >= 0.95 * CURVES, "intervals for " + withInterval + " of " + CURVES);
        assertTrue(coverage >= low && coverage <= high, "coverage " + coverage);
        assertEquals(0, bias / CURVES, 0.02, "mean error of LogIC50");
    }

    @Test
    void profileIntervalsOfAPartialCurveStretchTowardsTheUnseenPlateau() {
        FitOptions profile = FitOptions.RAW_SIGNAL.toBuilder()
                .ciMethod(CiMethod.PROFILE_LIKELIHOOD)
                .build();
        CurveResult r = FourPlFitter.create().withOptions(profile).fit(simulate(new Random(5), -5.6, 1, 3));
        double estimate = r.reportedLogIc50();
        FitSummary details = r.details().orElseThrow();
        assertTrue(r.logIc50CiLow() < estimate && estimate < r.logIc50CiHigh(), r.toString());
        assertEquals(details.profileCiLow(), r.logIc50CiLow());
        assertTrue(
                r.logIc50CiHigh() - estimate > 2 * (estimate - r.logIc50CiLow()),
                "asymmetric: [" + r.logIc50CiLow() + ", " + r.logIc50CiHigh() + "] around " + estimate);
    }

    @Test
    void theOutlierTestRarelyAccusesCleanData() {
        Random random = new Random(99);
        FourPlFitter fitter = FourPlFitter.create().withOptions(FitOptions.EXCLUDE_OUTLIERS);
        int accused = 0;
        for (int c = 0; c < 200; c++) {
            CurveResult r = fitter.fit(simulate(random, -7.2 + random.nextDouble(), 1, 4));
            accused += r.outlierIndices().isEmpty() ? 0 : 1;
        }
        assertTrue(accused <= 10, accused + " of 200 clean curves had an outlier masked (Q = 1 %)");
    }

    @Test
    void theOutlierTestFindsAGrossOutlierAndNamesIt() {
        Random random = new Random(7);
        FourPlFitter fitter = FourPlFitter.create().withOptions(FitOptions.EXCLUDE_OUTLIERS);
        int found = 0;
        for (int c = 0; c < 100; c++) {
            CurveData clean = simulate(random, -7.2 + random.nextDouble(), 1, 4);
            int planted = 2 + random.nextInt(16);
            double[] y = clean.responses();
            y[planted] += y[planted] > 50 ? -60 : 60;
            CurveResult r = fitter.fit(CurveData.of(clean.logConcentrations(), y));
            found += r.outlierIndices().equals(java.util.List.of(planted)) ? 1 : 0;
        }
        assertTrue(found >= 95, "the planted outlier alone was masked in " + found + " of 100 curves");
    }

    @Test
    void robustFittingResistsAnOutlierThatLeastSquaresFollows() {
        CurveData clean = simulate(new Random(3), -7, 1, 2);
        double[] y = clean.responses();
        y[12] = 5; // a well that should read ~80 %
        CurveData data = CurveData.of(clean.logConcentrations(), y);
        double ordinary =
                FourPlFitter.create().fit(data).parameters().orElseThrow().logIc50();
        double robust = FourPlFitter.create()
                .withOptions(FitOptions.ROBUST)
                .fit(data)
                .parameters()
                .orElseThrow()
                .logIc50();
        assertTrue(Math.abs(robust + 7) < 0.05, "robust " + robust);
        assertTrue(Math.abs(robust + 7) < Math.abs(ordinary + 7), "robust " + robust + ", ordinary " + ordinary);
    }

    /** Ten 3-fold doses in duplicate, 0–100 %, Gaussian noise. */
    static CurveData simulate(Random random, double logIc50, double hill, double noise) {
        double[] x = new double[20];
        double[] y = new double[20];
        for (int i = 0; i < 20; i++) {
            x[i] = -5 - (i / 2) * Math.log10(3);
            y[i] = 100 / (1 + Math.pow(10, (logIc50 - x[i]) * hill)) + noise * random.nextGaussian();
        }
        return CurveData.of(x, y);
    }
}
