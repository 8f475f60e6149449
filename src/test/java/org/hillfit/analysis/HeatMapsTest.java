/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hillfit.plate.Concentration;
import org.hillfit.plate.ConcentrationUnit;
import org.hillfit.plate.Plate;
import org.hillfit.plate.PlateFormat;
import org.hillfit.plate.PlateLayout;
import org.hillfit.plate.WellContent;
import org.hillfit.plate.WellId;
import org.hillfit.plate.WellRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeatMapsTest {

    private static NormalizedPlate plate() throws NormalizationException {
        Map<WellId, WellContent> wells = new LinkedHashMap<>();
        String[] values = {"A1=1000", "A2=1000", "B1=100", "B2=100", "C1=550", "C2=OVRFLW"};
        for (String w : List.of("A1", "A2")) {
            wells.put(WellId.parse(w), WellContent.of(WellRole.NEUTRAL));
        }
        for (String w : List.of("B1", "B2")) {
            wells.put(WellId.parse(w), WellContent.of(WellRole.INHIBITOR));
        }
        for (String w : List.of("C1", "C2")) {
            wells.put(WellId.parse(w), WellContent.sample("X", new Concentration(1, ConcentrationUnit.MICROMOLAR)));
        }
        return Normalizer.normalize(
                "P1", TestPlates.readout(values), new PlateLayout(wells), Map.of(), NormalizationOptions.DEFAULT);
    }

    @Test
    void everyLayerOfAPlate() throws Exception {
        NormalizedPlate normalized = plate();
        Plate plate = new Plate(
                "P1", PlateFormat.WELLS_96, List.of(normalized.readout().channel()), Map.of());
        List<HeatMap> maps = HeatMaps.all(plate, normalized);
        assertEquals(
                List.of(
                        HeatMap.Layer.RAW_CHANNEL,
                        HeatMap.Layer.READOUT,
                        HeatMap.Layer.PERCENT_INHIBITION,
                        HeatMap.Layer.B_SCORE),
                maps.stream().map(HeatMap::layer).toList());
    }

    @Test
    void percentInhibitionOnAFixedScaleWithFlaggedWellsMarked() throws Exception {
        HeatMap map = HeatMaps.percentInhibition("P1", plate());
        // C1: 100 × (1000 − 550) / 900 = 50
        assertEquals(50, map.values().get(WellId.parse("C1")), 1e-12);
        assertEquals(new ColorScale(0, 50, 100), map.scale());
        assertEquals(
                new HeatMap.Mark(HeatMap.MarkKind.FLAGGED, "overflow"),
                map.mark(WellId.parse("C2")).orElseThrow());
        assertTrue(Double.isNaN(map.values().get(WellId.parse("C2"))));
    }

    @Test
    void theReadoutScaleIsCentredBetweenTheControls() throws Exception {
        HeatMap map = HeatMaps.readout("P1", plate());
        assertEquals(new ColorScale(100, 550, 1000), map.scale());
    }

    @ParameterizedTest
    @CsvSource({
        // value, position on a −3 … 0 … 3 scale
        "-3,      0",
        "-1.5,    0.25",
        "0,       0.5",
        "3,       1",
        "9,       1", //   clamped
        "-9,      0",
    })
    void positionsAreLinearOnEachSideOfTheCentre(double value, double position) {
        assertEquals(position, new ColorScale(-3, 0, 3).position(value), 1e-12);
    }

    @Test
    void aScaleNeedsOrderedEnds() {
        assertThrows(IllegalArgumentException.class, () -> new ColorScale(1, 0, 2));
    }
}
