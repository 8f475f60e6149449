/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.hillfit.plate.Channel;
import org.hillfit.plate.ChannelInfo;
import org.hillfit.plate.Plate;
import org.hillfit.plate.PlateFormat;
import org.hillfit.plate.PlateLayout;
import org.junit.jupiter.api.Test;

/** What {@code --readout auto} takes from plates without a TR-FRET pair (FlowJo tables, unknown exports). */
class ReadoutSelectorAutoTest {
    private static final ReadoutSpec AUTO = ReadoutSpec.parse("auto");

    private static Plate plate(String... channelNames) {
        double[] values = new double[PlateFormat.WELLS_96.wellCount()];
        Arrays.fill(values, 1.0);
        List<Channel> channels = Arrays.stream(channelNames)
                .map(name -> new Channel(name, ChannelInfo.RAW, PlateFormat.WELLS_96, values, Map.of()))
                .toList();
        return new Plate("P1", PlateFormat.WELLS_96, channels, Map.of());
    }

    @Test
    void theOneMedianColumnOfAFlowJoTableIsTheFlowReadout() throws Exception {
        Plate flowJo = plate(
                "Cells/Single Cells | Count",
                "Cells/Single Cells/pSTAT4+ | Freq. of Parent",
                "Cells/Single Cells | Median (Comp-PE-A :: pSTAT4)");
        Readout readout = ReadoutSelector.select(flowJo, new PlateLayout(Map.of()), AUTO);
        assertEquals(
                "Cells/Single Cells | Median (Comp-PE-A :: pSTAT4)",
                readout.channel().name());
        assertTrue(readout.description().contains("median"), readout.description());
    }

    @Test
    void twoMedianColumnsAreNotGuessedBetween() {
        Plate flowJo = plate("Cells | Median (FITC-A)", "Cells | Median (PE-A)", "Cells | Count");
        ReadoutException e = assertThrows(
                ReadoutException.class, () -> ReadoutSelector.select(flowJo, new PlateLayout(Map.of()), AUTO));
        assertTrue(e.getMessage().contains("name the channel to use"), e.getMessage());
    }
}
