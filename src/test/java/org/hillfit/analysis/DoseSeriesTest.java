/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.hillfit.plate.Concentration;
import org.hillfit.plate.ConcentrationUnit;
import org.hillfit.plate.WellId;
import org.junit.jupiter.api.Test;

class DoseSeriesTest {

    private static DosePoint point(String well, double nM, double response, boolean masked) {
        return new DosePoint(
                WellId.parse(well),
                new Concentration(nM, ConcentrationUnit.NANOMOLAR),
                response,
                masked ? Optional.of(new WellMask(WellId.parse(well), MaskReason.OUTLIER, "")) : Optional.empty());
    }

    @Test
    void replicatesAreSummarisedPerDose() {
        DoseSeries series = new DoseSeries(
                "X",
                List.of(
                        point("A1", 1, 10, false),
                        point("A2", 1, 14, false),
                        point("A3", 1000, 90, false),
                        point("A4", 1000, 94, false),
                        point("A5", 1000, 98, false),
                        point("A6", 1000, 10, true)));
        List<DoseSummary> summary = series.summary();
        assertEquals(2, summary.size());
        // 1 nM: mean 12, SD √((4 + 4) / 1) = 2.8284
        assertEquals(12, summary.get(0).mean(), 1e-12);
        assertEquals(Math.sqrt(8), summary.get(0).sd(), 1e-12);
        assertEquals(2, summary.get(0).n());
        // 1 µM: the masked replicate is counted but not used: mean 94, SD 4
        assertEquals(94, summary.get(1).mean(), 1e-12);
        assertEquals(4, summary.get(1).sd(), 1e-12);
        assertEquals(3, summary.get(1).n());
        assertEquals(1, summary.get(1).excluded());
    }

    @Test
    void aSingleReplicateHasNoSd() {
        DoseSummary one = new DoseSeries("X", List.of(point("A1", 1, 10, false)))
                .summary()
                .get(0);
        assertEquals(1, one.n());
        assertTrue(Double.isNaN(one.sd()));
    }
}
