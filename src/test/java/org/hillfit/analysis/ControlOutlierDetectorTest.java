/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hillfit.plate.PlateLayout;
import org.hillfit.plate.WellContent;
import org.hillfit.plate.WellId;
import org.hillfit.plate.WellRole;
import org.junit.jupiter.api.Test;

class ControlOutlierDetectorTest {

    private static Map<WellId, Double> group(double... values) {
        Map<WellId, Double> group = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            group.put(new WellId(i, 1), values[i]);
        }
        return group;
    }

    @Test
    void findsTheWellFarFromItsGroup() {
        // median 100; |x − 100| = 0, 2, 2, 1, 1, 0, 3, 40 → MAD 1.5; z(60) = −40 / (1.4826 × 1.5) = −17.986
        List<ControlOutlier> outliers = ControlOutlierDetector.find(
                group(100, 102, 98, 101, 99, 100, 103, 60), WellRole.NEUTRAL, ControlOutlierRule.DEFAULT);
        assertEquals(1, outliers.size());
        assertEquals(new WellId(7, 1), outliers.get(0).well());
        assertEquals(-40 / (1.4826 * 1.5), outliers.get(0).robustZ(), 1e-12);
        assertFalse(outliers.get(0).masked());
    }

    @Test
    void aZeroMadFallsBackToTheMeanAbsoluteDeviation() {
        // six wells at 100, one at 130: MAD 0; mean |dev| = 30 / 7; z = 30 / (1.2533 × 30 / 7) = 5.585
        List<ControlOutlier> outliers = ControlOutlierDetector.find(
                group(100, 100, 100, 100, 100, 100, 130), WellRole.INHIBITOR, ControlOutlierRule.DEFAULT);
        assertEquals(1, outliers.size());
        assertEquals(7 / 1.2533, outliers.get(0).robustZ(), 1e-12);
    }

    @Test
    void identicalWellsHaveNoOutliers() {
        assertTrue(ControlOutlierDetector.find(group(5, 5, 5, 5, 5, 5), WellRole.BLANK, ControlOutlierRule.DEFAULT)
                .isEmpty());
    }

    @Test
    void groupsBelowTheMinimumSizeAreNotTested() {
        assertTrue(ControlOutlierDetector.find(group(100, 101, 99, 10), WellRole.NEUTRAL, ControlOutlierRule.DEFAULT)
                .isEmpty());
    }

    @Test
    void theNormalizerFlagsByDefaultAndMasksOnRequest() throws Exception {
        Map<WellId, WellContent> wells = new LinkedHashMap<>();
        String[] values = {
            "A1=100", "A2=102", "A3=98", "A4=101", "A5=99", "A6=100", "A7=103", "A8=60", "B1=10", "B2=11", "B3=9",
            "B4=10", "B5=10"
        };
        for (String v : values) {
            WellId well = WellId.parse(v.split("=")[0]);
            wells.put(well, WellContent.of(well.rowIndex() == 0 ? WellRole.NEUTRAL : WellRole.INHIBITOR));
        }
        PlateLayout layout = new PlateLayout(wells);
        Readout readout = TestPlates.readout(values);
        NormalizedPlate flagged = Normalizer.normalize("P", readout, layout, Map.of(), NormalizationOptions.DEFAULT);
        assertEquals(
                List.of(WellId.parse("A8")),
                flagged.qc().controlOutliers().stream()
                        .map(ControlOutlier::well)
                        .toList());
        assertEquals(8, flagged.qc().neutralCount());
        assertTrue(flagged.masks().isEmpty());

        NormalizedPlate masked = Normalizer.normalize(
                "P",
                readout,
                layout,
                Map.of(),
                NormalizationOptions.DEFAULT.withOutlierRule(ControlOutlierRule.DEFAULT.withMask(true)));
        assertEquals(7, masked.qc().neutralCount());
        assertEquals(
                MaskReason.OUTLIER,
                masked.mask(WellId.parse("A8")).orElseThrow().reason());
        assertTrue(masked.qc().controlOutliers().get(0).masked());
        assertTrue(masked.qc().cvNeutralPercent() < flagged.qc().cvNeutralPercent());
    }
}
