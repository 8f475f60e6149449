/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.formats;

import static org.hillfit.io.formats.FormatFixtures.assertMarker;
import static org.hillfit.io.formats.FormatFixtures.assertValue;
import static org.hillfit.io.formats.FormatFixtures.channel;
import static org.hillfit.io.formats.FormatFixtures.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.hillfit.io.ImportException;
import org.hillfit.plate.Channel;
import org.hillfit.plate.ChannelInfo;
import org.hillfit.plate.Plate;
import org.hillfit.plate.PlateFormat;
import org.hillfit.plate.PlateMetadata;
import org.hillfit.plate.WellFlag;
import org.hillfit.testing.PublicData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The real Tecan exports in the public data folder; expected numbers copied by hand from the files. */
class TecanPublicFilesTest {
    private final TecanImporter importer = new TecanImporter();

    @Test
    void readsAnIcontrolXlsxSavedAsXls() throws ImportException {
        List<Plate> plates =
                read(importer, PublicData.file("tecan/pH5.8_200214.xls")).plates();
        assertEquals(1, plates.size());
        Plate plate = plates.get(0);
        assertEquals("pH5.8_200214", plate.name());
        assertEquals(PlateFormat.WELLS_96, plate.format());
        assertEquals(List.of("Label1", "Label2"), plate.channelNames());
        assertEquals(
                "infinite 200 (serial 810002712)",
                plate.metadata(PlateMetadata.INSTRUMENT).orElseThrow());
        assertEquals("Tecan i-control", plate.metadata(PlateMetadata.SOFTWARE).orElseThrow());
        assertEquals(
                "20/02/2014 15.24.17", plate.metadata(PlateMetadata.MEASURED_AT).orElseThrow());
        ChannelInfo info = channel(plate, "Label1").info();
        assertEquals("400", info.attribute(ChannelInfo.KEY_EXCITATION_NM).orElseThrow());
        assertEquals("535", info.attribute(ChannelInfo.KEY_EMISSION_NM).orElseThrow());
        assertEquals("93", info.attribute(ChannelInfo.KEY_GAIN).orElseThrow());
        assertEquals("20 µs", info.attribute("integration_time").orElseThrow());
        assertEquals(
                "485",
                channel(plate, "Label2")
                        .info()
                        .attribute(ChannelInfo.KEY_EXCITATION_NM)
                        .orElseThrow());
    }

    @Test
    void keepsTheOverMarkersOfTheIcontrolExport() throws ImportException {
        Plate plate = read(importer, PublicData.file("tecan/pH5.8_200214.xls"))
                .plates()
                .get(0);
        Channel label1 = channel(plate, "Label1");
        assertValue(22340, label1, "A1");
        assertValue(60786, label1, "B7");
        assertValue(23532, label1, "H12");
        assertMarker(WellFlag.OVERFLOW, "OVER", label1, "A6");
        assertMarker(WellFlag.OVERFLOW, "OVER", label1, "H2");
        Channel label2 = channel(plate, "Label2");
        assertValue(347, label2, "A1");
        assertValue(58, label2, "D1");
        assertValue(2929, label2, "H2");
        assertEquals(0, label2.markers().size());
    }

    @ParameterizedTest
    @CsvSource({
        // file, Label1 A1, Label2 H12
        "pH5.0_200214.xls, 22060, 371",
        "pH6.5_200214.xls, 22915, 543",
        "pH7.1_200214.xls, 21192, 1031",
        "pH7.6_200214.xls, 20142, 2390",
        "pH8.3_200214.xls, 17260, 4196",
        "pH9.1_200214.xls, 14798, 5372",
    })
    void readsEveryPlateOfTheTitration(String file, double label1A1, double label2H12) throws ImportException {
        Plate plate = read(importer, PublicData.file("tecan/" + file)).plates().get(0);
        assertValue(label1A1, channel(plate, "Label1"), "A1");
        assertValue(label2H12, channel(plate, "Label2"), "H12");
        assertEquals(96, channel(plate, "Label2").presentCount());
    }

    @Test
    void readsTheMagellanList() throws ImportException {
        Plate plate = read(importer, PublicData.file("tecan/SLA01P01_assay.xlsx"))
                .plates()
                .get(0);
        assertEquals(PlateFormat.WELLS_384, plate.format());
        assertEquals(List.of("Label1", "Label2"), plate.channelNames());
        Channel label1 = channel(plate, "Label1");
        Channel label2 = channel(plate, "Label2");
        assertEquals(
                "535",
                label1.info().attribute(ChannelSettings.KEY_WAVELENGTH_NM).orElseThrow());
        assertEquals(
                "700",
                label2.info().attribute(ChannelSettings.KEY_WAVELENGTH_NM).orElseThrow());
        assertEquals("24.8 °C", label1.info().attribute("temperature").orElseThrow());
        assertValue(0.4002, label1, "A1");
        assertValue(0.046, label1, "A2");
        assertValue(0.4015, label1, "P23");
        assertValue(0.1144, label1, "P24");
        assertValue(0.3741, label2, "A1");
        assertValue(0.1025, label2, "B1");
        assertValue(0.0914, label2, "P24");
        assertEquals(384, label2.presentCount());
        assertEquals(
                "2021-07-08 15:01:21", plate.metadata(PlateMetadata.MEASURED_AT).orElseThrow());
        assertEquals(
                "ULTRA (serial 12901000069)",
                plate.metadata(PlateMetadata.INSTRUMENT).orElseThrow());
    }

    @ParameterizedTest
    @CsvSource({"list.pH.csv", "scheme.txt"})
    void refusesTheSideCarMaps(String file) {
        java.nio.file.Path map = PublicData.file("tecan/" + file); // outside assertThrows: a missing file skips
        assertThrows(ImportException.class, () -> read(importer, map));
    }
}
