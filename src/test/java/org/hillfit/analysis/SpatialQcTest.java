/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.hillfit.plate.PlateFormat;
import org.hillfit.plate.WellId;
import org.junit.jupiter.api.Test;

class SpatialQcTest {
    private static final PlateFormat F384 = PlateFormat.WELLS_384;

    @Test
    void medianPolishSplitsAnAdditivePlateExactly() {
        // rows A–C = 0, 10, 20; columns 1–3 = 1, 2, 3; value = row + column; the rest of the plate is empty
        WellValues values = WellValues.of(
                PlateFormat.WELLS_96,
                w -> w.rowIndex() < 3 && w.column() <= 3 ? 10 * w.rowIndex() + w.column() : Double.NaN);
        MedianPolish polish = MedianPolish.of(values);
        assertEquals(12, polish.overall(), 1e-12); // B2
        assertEquals(-10, polish.rowEffects().get(0), 1e-12);
        assertEquals(10, polish.rowEffects().get(2), 1e-12);
        assertEquals(1, polish.columnEffects().get(2), 1e-12);
        assertTrue(Double.isNaN(polish.rowEffects().get(5)), "a row without values has no effect");
        assertTrue(Arrays.stream(polish.residuals().present()).allMatch(r -> Math.abs(r) < 1e-12));
    }

    @Test
    void anInjectedRowEffectDisappearsInTheBScores() {
        Random random = new Random(7);
        double[] noise = new double[F384.wellCount()];
        for (int i = 0; i < noise.length; i++) {
            noise[i] = 20 * random.nextGaussian();
        }
        // 1000 ± 20 everywhere, row C 300 higher
        WellValues values = WellValues.of(F384, w -> 1000 + noise[F384.indexOf(w)] + (w.rowIndex() == 2 ? 300 : 0));
        SpatialQc spatial = SpatialQc.of(values, Set.of());

        assertEquals(300, spatial.rowMeans().get(2) - spatial.rowMeans().get(3), 30); // visible in the raw rows
        assertEquals(300, spatial.rowEffects().get(2) - spatial.rowEffects().get(3), 30); // and in the row effects
        double[] rowC = rowValues(spatial.bScores(), 2);
        double[] rowD = rowValues(spatial.bScores(), 3);
        assertEquals(0, Statistics.median(rowC), 0.5); // gone from the B-scores
        assertEquals(0, Statistics.mean(rowC) - Statistics.mean(rowD), 0.8);
        assertTrue(Arrays.stream(spatial.bScores().present()).allMatch(b -> Math.abs(b) < 5));
        double[] all = spatial.bScores().present();
        assertEquals(1, Statistics.robustSd(all), 0.05); // scaled by 1.4826 × MAD
    }

    @Test
    void aSingleBadWellStandsOutInTheBScores() {
        WellValues values = WellValues.of(
                F384,
                w -> 1000 + (w.rowIndex() * 7 + w.column() * 13) % 11 + (w.equals(WellId.parse("H12")) ? 400 : 0));
        SpatialQc spatial = SpatialQc.of(values, Set.of());
        assertTrue(spatial.bScores().get(WellId.parse("H12")) > 20);
    }

    @Test
    void theEdgeEffectIsMeasuredOnNeutralControlsWhenTheyStraddleTheEdge() {
        // neutral controls in columns 1 (edge) and 2 (inside, rows B–O): edge 800, inside 1000 → −20 %
        Set<WellId> neutral = new TreeSet<>();
        for (int r = 0; r < 16; r++) {
            neutral.add(new WellId(r, 1));
            neutral.add(new WellId(r, 2));
        }
        WellValues values =
                WellValues.of(F384, w -> neutral.contains(w) ? (SpatialQc.isEdge(w, F384) ? 800 : 1000) : 500);
        SpatialQc spatial = SpatialQc.of(values, neutral);
        assertEquals(-20, spatial.edgeEffectPercent(), 1e-12);
        assertEquals("neutral controls", spatial.edgeBasis());
    }

    @Test
    void withoutNeutralsOnBothSidesTheEdgeEffectUsesAllWells() {
        WellValues values = WellValues.of(F384, w -> SpatialQc.isEdge(w, F384) ? 900 : 1000);
        SpatialQc spatial = SpatialQc.of(values, Set.of());
        assertEquals(-10, spatial.edgeEffectPercent(), 1e-12);
        assertEquals("all scored wells", spatial.edgeBasis());
    }

    private static double[] rowValues(WellValues values, int row) {
        double[] v = new double[F384.columns()];
        for (int c = 1; c <= F384.columns(); c++) {
            v[c - 1] = values.get(row, c);
        }
        return v;
    }
}
