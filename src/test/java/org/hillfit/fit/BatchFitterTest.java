/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;
import org.hillfit.job.CancellationToken;
import org.junit.jupiter.api.Test;

class BatchFitterTest {

    private static List<CurveData> curves(int n) {
        Random random = new Random(5);
        List<CurveData> curves = new ArrayList<>();
        for (int c = 0; c < n; c++) {
            curves.add(StatisticalBehaviourTest.simulate(random, -8 + 2 * random.nextDouble(), 1, 5));
        }
        return curves;
    }

    @Test
    void givesTheSameResultsInTheSameOrderAsOneThread() {
        List<CurveData> curves = curves(300);
        FourPlFitter fitter = FourPlFitter.create();
        List<CurveResult> sequential = curves.stream().map(fitter::fit).toList();
        assertEquals(sequential, BatchFitter.of(fitter).fitAll(curves));
    }

    @Test
    void identicalInputGivesBitIdenticalOutput() {
        CurveData data = curves(1).get(0);
        FourPlFitter fitter = FourPlFitter.create().withOptions(FitOptions.EXCLUDE_OUTLIERS);
        assertEquals(fitter.fit(data), fitter.fit(CurveData.of(data.logConcentrations(), data.responses())));
    }

    @Test
    void reportsProgressUpToTheTotal() {
        AtomicLong last = new AtomicLong();
        BatchFitter.of(FourPlFitter.create())
                .fitAll(
                        curves(250),
                        (message, done, total) -> last.accumulateAndGet(done, Math::max),
                        CancellationToken.none());
        assertEquals(250, last.get());
    }

    @Test
    void stopsWhenCancelled() {
        CancellationToken token = CancellationToken.none();
        token.cancel();
        assertThrows(CancellationException.class, () -> BatchFitter.of(FourPlFitter.create())
                .fitAll(curves(50), (m, d, t) -> {}, token));
    }
}
