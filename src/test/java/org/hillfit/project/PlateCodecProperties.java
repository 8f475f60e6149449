/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.project;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.hillfit.plate.Channel;
import org.hillfit.plate.ChannelInfo;
import org.hillfit.plate.Plate;
import org.hillfit.plate.PlateFormat;
import org.hillfit.plate.WellFlag;
import org.hillfit.plate.WellId;
import org.hillfit.plate.WellMarker;

/** Any plate survives the project file exactly: every double bit for bit, every marker, every metadata entry. */
class PlateCodecProperties {
    private final ObjectMapper mapper = new ProjectStore().mapper();

    @Property(tries = 60)
    void anyPlateRoundTripsExactly(@ForAll("plates") Plate plate) throws Exception {
        ProjectDocument.PlateEntry entry = new ProjectDocument.PlateEntry(
                plate.name(),
                plate.format().wellCount(),
                "layout",
                plate.metadata(),
                PlateCodec.channels(plate),
                List.of(),
                List.of());
        String json = mapper.writeValueAsString(entry);
        ProjectDocument.PlateEntry read = mapper.readValue(json, ProjectDocument.PlateEntry.class);
        assertEquals(plate, PlateCodec.plate(read, "plate"));
    }

    @Provide
    Arbitrary<Plate> plates() {
        Arbitrary<Double> value = Arbitraries.oneOf(
                Arbitraries.doubles(),
                Arbitraries.of(
                        Double.NaN,
                        -0.0,
                        Double.MIN_VALUE,
                        Double.MAX_VALUE,
                        Double.POSITIVE_INFINITY,
                        1e-300,
                        12345.678901234567));
        Arbitrary<double[]> values = value.array(double[].class).ofSize(96);
        Arbitrary<WellFlag> flag = Arbitraries.of(WellFlag.class);
        return values.flatMap(v -> flag.list().ofSize(96).map(flags -> plate(v, flags)));
    }

    private static Plate plate(double[] values, List<WellFlag> flags) {
        Map<WellId, WellMarker> markers = new TreeMap<>();
        for (int i = 0; i < values.length; i++) {
            if (Double.isNaN(values[i]) && i % 3 == 0) {
                markers.put(PlateFormat.WELLS_96.wellAt(i), new WellMarker(flags.get(i), "≠ \"q\" " + i));
            }
        }
        Channel channel = new Channel(
                "665 nm \"raw\"", ChannelInfo.raw(Map.of("gain", "100")), PlateFormat.WELLS_96, values, markers);
        return new Plate("P-1 ü", PlateFormat.WELLS_96, List.of(channel), Map.of("barcode", "'0042"));
    }
}
