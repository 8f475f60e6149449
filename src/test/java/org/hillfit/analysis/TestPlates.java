/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.analysis;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.hillfit.plate.Channel;
import org.hillfit.plate.ChannelInfo;
import org.hillfit.plate.PlateFormat;
import org.hillfit.plate.WellFlag;
import org.hillfit.plate.WellId;
import org.hillfit.plate.WellMarker;

/** Small hand-made readouts for analysis tests. */
final class TestPlates {
    private TestPlates() {}

    /**
     * A 96-well readout from "A1=1000 A2=1100 C1=OVRFLW" style pairs; other wells have no value.
     */
    static Readout readout(String... wellValues) {
        return readout(PlateFormat.WELLS_96, wellValues);
    }

    static Readout readout(PlateFormat format, String... wellValues) {
        double[] values = new double[format.wellCount()];
        Arrays.fill(values, Double.NaN);
        Map<WellId, WellMarker> markers = new HashMap<>();
        for (String pair : wellValues) {
            String[] kv = pair.split("=");
            WellId well = WellId.parse(kv[0]);
            if (kv[1].equals("OVRFLW")) {
                markers.put(well, new WellMarker(WellFlag.OVERFLOW, "OVRFLW"));
            } else {
                values[format.indexOf(well)] = Double.parseDouble(kv[1]);
            }
        }
        return new Readout(new Channel("Ratio", ChannelInfo.RAW, format, values, markers), "test readout");
    }
}
