/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.formats;

import static org.hillfit.io.formats.FormatFixtures.assertMarker;
import static org.hillfit.io.formats.FormatFixtures.assertValue;
import static org.hillfit.io.formats.FormatFixtures.channel;
import static org.hillfit.io.formats.FormatFixtures.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.hillfit.io.ImportException;
import org.hillfit.plate.Channel;
import org.hillfit.plate.ChannelInfo;
import org.hillfit.plate.Plate;
import org.hillfit.plate.PlateFormat;
import org.hillfit.plate.WellFlag;
import org.hillfit.plate.WellId;
import org.hillfit.testing.PublicData;
import org.junit.jupiter.api.Test;

/** The real SoftMax Pro exports in the public data folder; expected numbers copied by hand from the files. */
class SoftMaxPublicFilesTest {
    private final SoftMaxTxtImporter importer = new SoftMaxTxtImporter();

    @Test
    void readsThreePlatesWithThreeWavelengthsSideBySide() throws ImportException {
        List<Plate> plates = read(
                        importer, PublicData.file("moldev_softmaxpro/MD_SMP_fluorescence_endpoint_example06.txt"))
                .plates();
        assertEquals(
                List.of("BNCH_28465721_96w", "BNCH_49917577_96w", "BNCH_94389207_96w"),
                plates.stream().map(Plate::name).toList());
        Plate first = plates.get(0);
        assertEquals(List.of("445", "535", "780", "Reduced"), first.channelNames());
        assertEquals(
                "404",
                channel(first, "445")
                        .info()
                        .attribute(ChannelInfo.KEY_EXCITATION_NM)
                        .orElseThrow());
        assertEquals(
                "569",
                channel(first, "780")
                        .info()
                        .attribute(ChannelInfo.KEY_EXCITATION_NM)
                        .orElseThrow());
        assertValue(2138332.25, channel(first, "445"), "A1");
        assertValue(-421432.75, channel(first, "445"), "A2");
        assertValue(-1146129.75, channel(first, "445"), "H12");
        assertValue(-961071.375, channel(first, "535"), "A1");
        assertValue(533503.625, channel(first, "535"), "H12");
        assertValue(-147052, channel(first, "780"), "A1");
        assertValue(1281260, channel(first, "780"), "H12");
        assertValue(-2.8075305332873679, channel(first, "Reduced"), "A1");
    }

    @Test
    void readsTimeFormatLuminescenceWithOnlyRowsAToD() throws ImportException {
        List<Plate> plates = read(
                        importer, PublicData.file("moldev_softmaxpro/MD_SMP_luminescence_endpoint_example03.txt"))
                .plates();
        assertEquals(
                List.of("c12345_2", "c123455_3"),
                plates.stream().map(Plate::name).toList());
        Plate first = plates.get(0);
        assertEquals(PlateFormat.WELLS_96, first.format());
        Channel luminescence = channel(first, "Luminescence");
        assertValue(1011329, luminescence, "A1");
        assertValue(929426, luminescence, "A2");
        assertValue(3633, luminescence, "D12");
        assertFalse(luminescence.isPresent(WellId.parse("E1")));
        assertEquals(48, luminescence.presentCount());
        assertEquals("25 °C", luminescence.info().attribute("temperature").orElseThrow());
        assertValue(98, channel(plates.get(1), "Luminescence"), "D12");
        assertValue(1497823, channel(plates.get(1), "Reduced"), "A1");
    }

    @Test
    void readsMixedDecimalSeparatorsAndThePathMarker() throws ImportException {
        Plate plate = read(importer, PublicData.file("moldev_softmaxpro/abs_endpoint_plates.txt"))
                .plates()
                .get(0);
        assertEquals(List.of("426", "426 (2)", "426 (3)", "Reduced"), plate.channelNames());
        Channel first = channel(plate, "426");
        assertValue(0.01, first, "A1");
        assertValue(0.02, first, "A2"); // written "0,02"
        assertValue(0.27, first, "C3"); // written "0,27"
        assertValue(0.0, first, "C1");
        assertMarker(WellFlag.INVALID, "Path?", first, "B1");
        assertValue(0.02, channel(plate, "426 (2)"), "A1");
        assertValue(2.88, channel(plate, "426 (3)"), "H12");
        assertValue(0.25, channel(plate, "Reduced"), "C1");
        assertEquals("35 °C", first.info().attribute("temperature").orElseThrow());
    }

    @Test
    void refusesTheWellScanReadNamingItsHeaderLine() {
        java.nio.file.Path wellScan = PublicData.file("moldev_softmaxpro/trf_well_scan_plates.txt"); // skips if absent
        ImportException e = assertThrows(ImportException.class, () -> read(importer, wellScan));
        assertEquals(22, e.location().line());
        assertTrue(e.getMessage().contains("well-scan reads are not supported"), e.getMessage());
    }
}
