/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.formats;

import static org.hillfit.io.formats.FormatFixtures.assertMarker;
import static org.hillfit.io.formats.FormatFixtures.assertValue;
import static org.hillfit.io.formats.FormatFixtures.channel;
import static org.hillfit.io.formats.FormatFixtures.read;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.hillfit.io.ImportException;
import org.hillfit.plate.Channel;
import org.hillfit.plate.ChannelInfo;
import org.hillfit.plate.ChannelKind;
import org.hillfit.plate.Plate;
import org.hillfit.plate.PlateFormat;
import org.hillfit.plate.PlateMetadata;
import org.hillfit.plate.WellFlag;
import org.hillfit.testing.PublicData;
import org.junit.jupiter.api.Test;

/** The real Gen5 exports in the public data folder; expected numbers copied by hand from the files. */
class Gen5PublicFilesTest {
    private final Gen5Importer importer = new Gen5Importer();

    @Test
    void readsOverflowAndMissedMarkers() throws ImportException {
        Plate plate = read(
                        importer,
                        PublicData.file("biotek_gen5/240411_172731_BNCH2345883_abs450_96well_non_numeric_values.txt"))
                .plates()
                .get(0);
        assertEquals(PlateFormat.WELLS_96, plate.format());
        assertEquals(List.of("abs450:450"), plate.channelNames());
        Channel abs = channel(plate, "abs450:450");
        assertEquals(
                "450", abs.info().attribute(ChannelSettings.KEY_WAVELENGTH_NM).orElseThrow());
        assertValue(2.1, abs, "A1");
        assertValue(2.5, abs, "H12");
        assertValue(2.45, abs, "F11");
        assertMarker(WellFlag.OVERFLOW, "OVRFLW", abs, "A8");
        assertMarker(WellFlag.OVERFLOW, "OVRFLW", abs, "H1");
        assertMarker(WellFlag.MISSED, "MISSED", abs, "D12");
        assertMarker(WellFlag.MISSED, "MISSED", abs, "H8");
        assertEquals(13, abs.markers().size());
        assertEquals("Synergy H1", plate.metadata(PlateMetadata.INSTRUMENT).orElseThrow());
        assertEquals(
                "4/11/2024 5:27:15 PM",
                plate.metadata(PlateMetadata.MEASURED_AT).orElseThrow());
    }

    @Test
    void keepsTheLayoutOutOfTheChannelsAndTellsRawFromCalculated() throws ImportException {
        Plate plate = read(importer, PublicData.file("biotek_gen5/alphalisa_endpoint_singleplate.txt"))
                .plates()
                .get(0);
        assertEquals(List.of("Alpha", "Blank Alpha", "Log Alpha", "[Concentration]"), plate.channelNames());
        assertEquals(ChannelKind.RAW, channel(plate, "Alpha").info().kind());
        assertEquals(
                ChannelKind.CALCULATED, channel(plate, "Blank Alpha").info().kind());
        assertEquals(
                ChannelKind.CALCULATED, channel(plate, "[Concentration]").info().kind());
        assertEquals(
                "100",
                channel(plate, "Alpha").info().attribute(ChannelInfo.KEY_GAIN).orElseThrow());
        assertValue(2, channel(plate, "Alpha"), "A2");
        assertValue(3, channel(plate, "Alpha"), "D12");
        assertValue(-1, channel(plate, "Blank Alpha"), "A1");
        assertValue(0.301, channel(plate, "Log Alpha"), "D12");
        assertValue(5111.111, channel(plate, "[Concentration]"), "A2");
        assertMarker(WellFlag.OVERFLOW, ">3141492.000", channel(plate, "[Concentration]"), "B6");
        assertMarker(WellFlag.OUT_OF_RANGE, "?????", channel(plate, "[Concentration]"), "A1");
        assertEquals(
                "Synergy Neo2 (serial 6235412951)",
                plate.metadata(PlateMetadata.INSTRUMENT).orElseThrow());
    }

    @Test
    void readsThreePlatesOfAUtf16File() throws ImportException {
        List<Plate> plates = read(importer, PublicData.file("biotek_gen5/endpoint_stdcurve_multiplate.txt"))
                .plates();
        assertEquals(
                List.of(
                        "endpoint_stdcurve_multiplate Plate 1",
                        "endpoint_stdcurve_multiplate Plate 2",
                        "endpoint_stdcurve_multiplate Plate 3"),
                plates.stream().map(Plate::name).toList());
        Plate first = plates.get(0);
        assertEquals(List.of("630nmAbsRead:630", "Blank 630nmAbsRead:630", "[Concentration]"), first.channelNames());
        assertValue(3.481, channel(first, "630nmAbsRead:630"), "A1");
        assertValue(0.266, channel(first, "630nmAbsRead:630"), "H12");
        assertValue(0.0, channel(first, "Blank 630nmAbsRead:630"), "H2"); // written "-0.000"
        assertValue(2010.076, channel(first, "[Concentration]"), "A1");
        assertValue(3.496, channel(plates.get(1), "630nmAbsRead:630"), "A1");
        assertValue(3.472, channel(plates.get(2), "630nmAbsRead:630"), "A1");
        assertEquals("Plate 3", plates.get(2).metadata("plate_number").orElseThrow());
    }
}
