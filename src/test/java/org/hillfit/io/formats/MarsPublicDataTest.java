/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.formats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/** The real BMG exports in the shared public data (skipped when absent); expected numbers read off the files. */
class MarsPublicDataTest {
    private static final String TRANSCREENER = "bmg_labtech/16-02-29 14-34-46 Transcreener ADP2 FI.csv";
    private static final String V2 = "bmg_labtech/MARS V3.40 V2 Output Missing line end separators.csv";
    private static final String LUM_1536 = "bmg_labtech/24-10-16 15-09-52 Luminescence 1536.csv";
    private static final String ABSORBANCE = "bmg_labtech/PHERAstar output file.CSV";
    private static final String SMART = "bmg_labtech/fluorescence_endpoint_example2.xlsx";

    private static Plate read(String file) throws ImportException {
        var plates = new MarsImporter()
                .read(PublicData.file(file), ImportContext.defaults())
                .plates();
        assertEquals(1, plates.size());
        return plates.get(0);
    }

    private static Channel only(Plate plate) {
        assertEquals(1, plate.channels().size(), plate.channelNames().toString());
        return plate.channels().get(0);
    }

    @ParameterizedTest
    @CsvSource({
        // well, value (384 wells; columns 21-24 empty, O/P near background from column 6, O11/P11 empty)
        "A01, 25104",
        "N20, 63882",
        "O06, 107",
        "O12, 59",
        "P12, 62",
    })
    void readsTheTranscreenerPlate(String well, double expected) throws ImportException {
        Plate plate = read(TRANSCREENER);
        Channel channel = only(plate);

        assertEquals("580/620", channel.name());
        assertEquals(PlateFormat.WELLS_384, plate.format());
        assertEquals(expected, channel.valueAt(WellId.parse(well)), 0);
        assertFalse(channel.isPresent(WellId.parse("O11")));
        assertFalse(channel.isPresent(WellId.parse("A21")));
        assertEquals(302, channel.presentCount());
    }

    @Test
    void keepsTheTranscreenerHeader() throws ImportException {
        Plate plate = read(TRANSCREENER);

        assertEquals("black 384w small volume", plate.name());
        assertEquals(
                "BMG LABTECH PHERAstar",
                plate.metadata(PlateMetadata.INSTRUMENT).orElseThrow());
        assertEquals(
                "Fluorescence (FI)", plate.metadata(PlateMetadata.READ_MODE).orElseThrow());
        assertEquals(
                "Transcreener ADP2 FI", plate.metadata(PlateMetadata.PROTOCOL).orElseThrow());
        assertEquals("2016-02-29T14:34:46", plate.metadata("measured_at_iso").orElseThrow());
        assertEquals(580, only(plate).info().excitationNm().orElseThrow());
        assertEquals(620, only(plate).info().emissionNm().orElseThrow());
    }

    @Test
    void readsTheRaggedV2ExportToTheSameValuesAsThePaddedOne() throws ImportException {
        Channel padded = only(read(TRANSCREENER));
        Channel ragged = only(read(V2));

        assertArrayEquals(padded.values(), ragged.values());
        assertEquals(302, ragged.presentCount());
    }

    @ParameterizedTest
    @CsvSource({
        // well, value (rows A, G, M, S, Y, e of 48 columns; e = AE, the 31st row)
        "A01,  985",
        "A19,  328114",
        "A47,  12623282",
        "S01,  12793",
        "AE01, 36809",
        "AE19, 2116129",
        "AE48, 19500",
    })
    void readsTheSparse1536WellLuminescencePlate(String well, double expected) throws ImportException {
        Plate plate = read(LUM_1536);

        assertEquals(PlateFormat.WELLS_1536, plate.format());
        assertEquals("92A_4", plate.name());
        assertEquals(expected, only(plate).valueAt(WellId.parse(well)), 0);
        assertEquals(288, only(plate).presentCount());
        assertEquals("2024-10-16T15:09:52", plate.metadata("measured_at_iso").orElseThrow());
    }

    @ParameterizedTest
    @CsvSource({
        // well, absorbance at 450 nm
        "A01, 1.691",
        "C04, 0.07",
        "G12, 1.4",
        "H12, 0.884",
    })
    void readsTheAbsorbancePlateWithItsDoubleSpacedTitle(String well, double expected) throws ImportException {
        Plate plate = read(ABSORBANCE);

        assertEquals("450", only(plate).name());
        assertEquals(PlateFormat.WELLS_96, plate.format());
        assertEquals(expected, only(plate).valueAt(WellId.parse(well)), 0);
        assertEquals(96, only(plate).presentCount());
    }

    @ParameterizedTest
    @CsvSource({
        // channel,                                           well, value
        "480-14/520-30,                                       A01,  8168026",
        "480-14/520-30,                                       E07,  1020488",
        "480-14/520-30,                                       H12,  15882",
        "Blank corrected based on Raw Data (480-14/520-30),   A01,  8152571",
        "Blank corrected based on Raw Data (480-14/520-30),   H01,  -80",
        "Blank corrected based on Raw Data (480-14/520-30),   H09,  492378",
    })
    void readsTheSmartControlWorkbookMatrices(String channel, String well, double expected) throws ImportException {
        Plate plate = read(SMART);

        assertEquals(PlateFormat.WELLS_96, plate.format());
        assertEquals(expected, plate.channel(channel).orElseThrow().valueAt(WellId.parse(well)), 0);
    }

    @Test
    void keepsTheSmartControlLayoutAndLeavesTheBlanksOfTheCorrectedMatrixAbsent() throws ImportException {
        Plate plate = read(SMART);
        Channel corrected = plate.channels().get(1);

        assertEquals("PicoGreen NB-user-5097655-0069", plate.name());
        assertEquals(ChannelKind.CALCULATED, corrected.info().kind());
        assertFalse(corrected.isPresent(WellId.parse("H10")));
        assertEquals(93, corrected.presentCount());
        String content = plate.metadata(PlateMetadata.WELL_CONTENT).orElseThrow();
        assertTrue(content.startsWith("A01=S1;A02=S1;A03=S1;A04=X1;"), content);
        assertTrue(content.endsWith("H10=B;H11=B;H12=B"), content);
        assertEquals("NUNC 96", plate.metadata("plate_type").orElseThrow());
    }
}
