/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.hillfit.analysis.TrFretChannels;
import org.hillfit.io.ImportContext;
import org.hillfit.io.ImportException;
import org.hillfit.plate.Channel;
import org.hillfit.plate.ChannelKind;
import org.hillfit.plate.Plate;
import org.hillfit.plate.PlateFormat;
import org.hillfit.plate.PlateMetadata;
import org.hillfit.plate.WellId;
import org.hillfit.testing.PublicData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The real EnVision exports in the shared public data (skipped when absent); expected numbers read off the files. */
class EnvisionPublicDataTest {
    private static final String HTRF = "perkinelmer_envision/PE_Envision_fluorescence_example01.csv";
    private static final String FIVE_PLATES = "perkinelmer_envision/PE_Envision_fluorescence_example02.csv";
    private static final String LUMINESCENCE = "perkinelmer_envision/PE_Envision_luminescence_example01.csv";

    private static List<Plate> read(String file) throws ImportException {
        return new EnvisionCsvImporter()
                .read(PublicData.file(file), ImportContext.defaults())
                .plates();
    }

    private static Channel channel(Plate plate, String name) {
        return plate.channel(name).orElseThrow(() -> new AssertionError(name + " not in " + plate.channelNames()));
    }

    @Test
    void findsTheHtrfAcceptorAndDonorByTheirFilters() throws ImportException {
        List<Plate> plates = read(HTRF);

        assertEquals(1, plates.size());
        Plate plate = plates.get(0);
        assertEquals("Plate 1", plate.name());
        assertEquals(PlateFormat.WELLS_96, plate.format());
        assertEquals(List.of("HTRF ratio value for AC HTRF Laser [Eu]", "APC 665", "Cy5 620"), plate.channelNames());
        assertEquals(ChannelKind.CALCULATED, plate.channels().get(0).info().kind());
        TrFretChannels trFret = TrFretChannels.find(plate).orElseThrow();
        assertEquals(665, trFret.acceptor().info().emissionNm().orElseThrow());
        assertEquals(620, trFret.donor().info().emissionNm().orElseThrow());
        assertEquals(320, trFret.donor().info().excitationNm().orElseThrow());
        assertEquals("2022-10-13T15:08:06", plate.metadata("measured_at_iso").orElseThrow());
        assertEquals(
                "HTRF LASER Eu 665/620", plate.metadata(PlateMetadata.PROTOCOL).orElseThrow());
        assertEquals(
                "PerkinElmer EnVision, serial 1050209",
                plate.metadata(PlateMetadata.INSTRUMENT).orElseThrow());
    }

    @ParameterizedTest
    @CsvSource({
        // channel,                                  well, value as printed in the file
        "HTRF ratio value for AC HTRF Laser [Eu],    A01,  3912.12920565",
        "HTRF ratio value for AC HTRF Laser [Eu],    D05,  1017.18554813",
        "HTRF ratio value for AC HTRF Laser [Eu],    H07,  409.025761641",
        "APC 665,                                    A01,  31441",
        "APC 665,                                    C06,  13071",
        "APC 665,                                    H07,  3339",
        "Cy5 620,                                    A01,  80368",
        "Cy5 620,                                    E03,  83612",
        "Cy5 620,                                    H07,  81633",
    })
    void readsTheHtrfValues(String channel, String well, double expected) throws ImportException {
        Plate plate = read(HTRF).get(0);

        assertEquals(expected, channel(plate, channel).valueAt(WellId.parse(well)), 0);
        assertFalse(channel(plate, channel).isPresent(WellId.parse("A04")));
        assertEquals(48, channel(plate, channel).presentCount());
    }

    @Test
    void theReadersRatioMatchesItsCountsInWellA01() throws ImportException {
        Plate plate = read(HTRF).get(0);
        WellId a01 = WellId.parse("A01");

        double fromCounts = 10000.0 * 31441 / 80368; // the file's APC 665 and Cy5 620 counts
        assertEquals(
                fromCounts,
                channel(plate, "HTRF ratio value for AC HTRF Laser [Eu]").valueAt(a01),
                1e-6);
    }

    @ParameterizedTest
    @CsvSource({
        // plate, well, value (bare 8 × 12 matrices, one per plate)
        "1, A01, 5230093",
        "1, D08, 117932",
        "2, H12, 16328",
        "3, E07, 36924",
        "5, A01, 2475378",
        "5, H12, 5080334",
    })
    void readsFivePlatesOfBareMatrices(int plate, String well, double expected) throws ImportException {
        List<Plate> plates = read(FIVE_PLATES);

        assertEquals(5, plates.size());
        Plate p = plates.get(plate - 1);
        assertEquals("Plate " + plate, p.name());
        assertEquals(expected, channel(p, "FITC 535").valueAt(WellId.parse(well)), 0);
    }

    @Test
    void leavesTheEmptyHalfOfTheFirstPlateAbsent() throws ImportException {
        Channel first = channel(read(FIVE_PLATES).get(0), "FITC 535");

        assertFalse(first.isPresent(WellId.parse("E01")));
        assertFalse(first.isPresent(WellId.parse("A09")));
        assertEquals(32, first.presentCount());
        assertEquals(535, first.info().emissionNm().orElseThrow());
    }

    @ParameterizedTest
    @CsvSource({
        // plate, channel,        well, value (rows A, E, I, M listed)
        "0,       0_1 US LUM 384, A07,  80",
        "0,       0_1 US LUM 384, I08,  120",
        "0,       0_1 US LUM 384, E14,  80",
        "0,       0_1 US LUM 384, M17,  80",
        "0,       Crosstalk,      I08,  120",
        "1,       0_1 US LUM 384, E01,  80",
        "1,       0_1 US LUM 384, M24,  40",
    })
    void placesTheSparseLuminescenceRows(int plate, String channel, String well, double expected)
            throws ImportException {
        List<Plate> plates = read(LUMINESCENCE);

        assertEquals(
                List.of("8/22/2023 11:01:43 AM", "8/22/2023 12:16:57 PM"),
                plates.stream().map(Plate::name).toList());
        Plate p = plates.get(plate);
        assertEquals(PlateFormat.WELLS_384, p.format());
        assertEquals(expected, channel(p, channel).valueAt(WellId.parse(well)), 0);
        assertFalse(channel(p, channel).isPresent(WellId.parse("B01")));
        assertEquals(96, channel(p, channel).presentCount());
    }
}
