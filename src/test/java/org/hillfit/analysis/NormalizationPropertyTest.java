/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.hillfit.plate.Channel;
import org.hillfit.plate.ChannelInfo;
import org.hillfit.plate.PlateFormat;
import org.hillfit.plate.PlateLayout;
import org.hillfit.plate.WellContent;
import org.hillfit.plate.WellId;
import org.hillfit.plate.WellRole;

/** Normalisation maps the control centres to 0 % and 100 %, whatever the controls and the statistic. */
class NormalizationPropertyTest {

    @Property(tries = 200)
    void controlCentresMapToZeroAndOneHundredPercent(
            @ForAll("controls") List<Double> neutral,
            @ForAll("controls") List<Double> inhibitorOffsets,
            @ForAll boolean mean)
            throws NormalizationException {
        PlateFormat f = PlateFormat.WELLS_96;
        double[] values = new double[f.wellCount()];
        java.util.Arrays.fill(values, Double.NaN);
        Map<WellId, WellContent> wells = new LinkedHashMap<>();
        for (int i = 0; i < neutral.size(); i++) {
            values[f.indexOf(new WellId(0, i + 1))] = neutral.get(i);
            wells.put(new WellId(0, i + 1), WellContent.of(WellRole.NEUTRAL));
        }
        for (int i = 0; i < inhibitorOffsets.size(); i++) {
            // inhibitor controls well below the neutral ones, so there is a window
            values[f.indexOf(new WellId(1, i + 1))] = inhibitorOffsets.get(i) - 2e4;
            wells.put(new WellId(1, i + 1), WellContent.of(WellRole.INHIBITOR));
        }
        Readout readout = new Readout(new Channel("r", ChannelInfo.RAW, f, values, Map.of()), "r");
        ControlStatistic statistic = mean ? ControlStatistic.MEAN : ControlStatistic.MEDIAN;
        NormalizedPlate plate = Normalizer.normalize(
                "P",
                readout,
                new PlateLayout(wells),
                Map.of(),
                NormalizationOptions.DEFAULT.withControlStatistic(statistic));
        double n = statistic.center(
                neutral.stream().mapToDouble(Double::doubleValue).toArray());
        double i = statistic.center(
                inhibitorOffsets.stream().mapToDouble(d -> d - 2e4).toArray());
        double scale = Math.abs(n) + Math.abs(i);
        assertEquals(0, 100 * (plate.neutralCenter() - n) / (plate.neutralCenter() - plate.inhibitorCenter()), 1e-9);
        assertEquals(
                100,
                100 * (plate.neutralCenter() - i) / (plate.neutralCenter() - plate.inhibitorCenter()),
                1e-9 * Math.max(1, scale));
    }

    @Provide
    Arbitrary<List<Double>> controls() {
        return Arbitraries.doubles().between(1, 1e4).list().ofMinSize(1).ofMaxSize(12);
    }
}
