/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.hillfit.analysis.TrFretChannels;
import org.hillfit.io.ImportContext;
import org.hillfit.io.ImportException;
import org.hillfit.io.ImportResult;
import org.hillfit.plate.Channel;
import org.hillfit.plate.ChannelInfo;
import org.hillfit.plate.ChannelKind;
import org.hillfit.plate.Plate;
import org.hillfit.plate.PlateFormat;
import org.hillfit.plate.PlateMetadata;
import org.hillfit.plate.WellFlag;
import org.hillfit.plate.WellId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The BMG importer on the hand-made samples in {@code mars/} (see the README there). */
class MarsImporterTest {
    private final MarsImporter importer = new MarsImporter();

    static Path sample(String name) {
        try {
            return Path.of(Objects.requireNonNull(MarsImporterTest.class.getResource("mars/" + name))
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private Plate read(String name) throws ImportException {
        ImportResult result = importer.read(sample(name), ImportContext.defaults());
        assertEquals(1, result.plates().size());
        return result.plates().get(0);
    }

    private static Channel channel(Plate plate, String name) {
        return plate.channel(name)
                .orElseThrow(() -> new AssertionError("no channel " + name + " in " + plate.channelNames()));
    }

    private static double value(Plate plate, String channel, String well) {
        return channel(plate, channel).valueAt(WellId.parse(well));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "trfret-384-padded.csv",
                "ragged-v2-96-lf.csv",
                "table-view-semicolon-bom.csv",
                "luminescence-1536-sparse.csv",
                "absorbance-96-utf16.txt",
                "broken-extra-value.csv"
            })
    void detectionPicksMarsForEverySample(String name) throws Exception {
        FormatFixtures.assertDetectedAsOwn(importer, sample(name));
    }

    @Test
    void readsTheTwoTrFretChannelsWithTheirWavelengths() throws ImportException {
        Plate plate = read("trfret-384-padded.csv");

        assertEquals("TYK2-P7", plate.name());
        assertEquals(PlateFormat.WELLS_384, plate.format());
        assertEquals(
                List.of("337/665 1", "337/620 2", "Ratio based on Raw Data (337/665 1) / (337/620 2) x 10000"),
                plate.channelNames());
        ChannelInfo acceptor = channel(plate, "337/665 1").info();
        assertEquals(337, acceptor.excitationNm().orElseThrow());
        assertEquals(665, acceptor.emissionNm().orElseThrow());
        assertEquals(620, channel(plate, "337/620 2").info().emissionNm().orElseThrow());
        assertEquals(ChannelKind.CALCULATED, plate.channels().get(2).info().kind());
        TrFretChannels trFret = TrFretChannels.find(plate).orElseThrow();
        assertEquals("337/665 1", trFret.acceptor().name());
        assertEquals("337/620 2", trFret.donor().name());
    }

    @ParameterizedTest
    @CsvSource({
        // channel,  well, value as printed in trfret-384-padded.csv
        "337/665 1,  A01,  5011",
        "337/665 1,  P23,  9753",
        "337/620 2,  A01,  40003",
        "337/620 2,  P24,  40822",
    })
    void readsThePaddedMatrixValues(String channel, String well, double expected) throws ImportException {
        assertEquals(expected, value(read("trfret-384-padded.csv"), channel, well), 0);
    }

    @Test
    void keepsOverflowAsAMarker() throws ImportException {
        Plate plate = read("trfret-384-padded.csv");
        WellId p24 = WellId.parse("P24");

        assertEquals(
                WellFlag.OVERFLOW,
                channel(plate, "337/665 1").marker(p24).orElseThrow().flag());
        assertTrue(Double.isNaN(channel(plate, "337/665 1").valueAt(p24)));
        assertEquals(1252.7, plate.channels().get(2).valueAt(WellId.parse("A01")), 0);
    }

    @Test
    void keepsTheHeaderAsMetadata() throws ImportException {
        Plate plate = read("trfret-384-padded.csv");

        assertEquals(
                "BMG LABTECH PHERAstar FSX",
                plate.metadata(PlateMetadata.INSTRUMENT).orElseThrow());
        assertEquals("LANCE Ultra TYK2", plate.metadata(PlateMetadata.PROTOCOL).orElseThrow());
        assertEquals(
                "Time Resolved Fluorescence (TRF)",
                plate.metadata(PlateMetadata.READ_MODE).orElseThrow());
        assertEquals(
                "13/03/2024 16:42:05", plate.metadata(PlateMetadata.MEASURED_AT).orElseThrow());
        assertEquals("2024-03-13T16:42:05", plate.metadata("measured_at_iso").orElseThrow());
        assertEquals("BC-777001", plate.metadata("id2").orElseThrow());
        assertEquals("118", plate.metadata("test_run_no").orElseThrow());
    }

    @Test
    void readsRaggedLinesWithoutPaddingAsAbsentWells() throws ImportException {
        Plate plate = read("ragged-v2-96-lf.csv");
        Channel channel = channel(plate, "485/520");

        assertEquals(PlateFormat.WELLS_96, plate.format());
        assertEquals(100010, value(plate, "485/520", "A01"), 0);
        assertEquals(50120, value(plate, "485/520", "F12"), 0);
        assertEquals(40070, value(plate, "485/520", "G07"), 0);
        assertFalse(channel.isPresent(WellId.parse("G08")));
        assertEquals(86, channel.presentCount());
        assertEquals("1500", channel.info().attribute(ChannelInfo.KEY_GAIN).orElseThrow());
        assertEquals("2024-03-04T09:05:17", plate.metadata("measured_at_iso").orElseThrow());
    }

    @Test
    void readsATableViewWithContentCodes() throws ImportException {
        Plate plate = read("table-view-semicolon-bom.csv");

        assertEquals("TABLE-1", plate.name());
        assertEquals(List.of("337/665 1", "337/620 2", "Ratio (665/620)"), plate.channelNames());
        assertEquals(7851, value(plate, "337/665 1", "B12"), 0);
        assertEquals(30253, value(plate, "337/620 2", "B12"), 0);
        assertEquals(2595.115, value(plate, "Ratio (665/620)", "B12"), 0);
        String content = plate.metadata(PlateMetadata.WELL_CONTENT).orElseThrow();
        assertTrue(
                content.startsWith("A01=Positive control P;A02=Negative control N;A03=Blank B;A04=Standard S1;"),
                content);
        assertTrue(content.endsWith(";B12=Sample X19"), content);
        assertEquals("2024-03-14T08:00:59", plate.metadata("measured_at_iso").orElseThrow());
    }

    @ParameterizedTest
    @CsvSource({
        // well, value  (rows A, Z, then lower-case a and f = rows AA and AF)
        "A01,   1",
        "Z48,   25048",
        "AA01,  26001",
        "AF47,  31047",
    })
    void placesLowerCaseRowsAfterZOnA1536WellPlate(String well, double expected) throws ImportException {
        Plate plate = read("luminescence-1536-sparse.csv");

        assertEquals(PlateFormat.WELLS_1536, plate.format());
        assertEquals(expected, value(plate, "No filter", well), 0);
        assertEquals(
                WellFlag.OVERFLOW,
                channel(plate, "No filter")
                        .marker(WellId.parse("AF48"))
                        .orElseThrow()
                        .flag());
        assertEquals("5 µl", plate.metadata("id2").orElseThrow());
    }

    @Test
    void readsAUtf16TabSeparatedAbsorbanceExportWithADoubleSpacedTitle() throws ImportException {
        Plate plate = read("absorbance-96-utf16.txt");

        assertEquals(List.of("450"), plate.channelNames());
        assertEquals(
                "450", channel(plate, "450").info().attribute("wavelength_nm").orElseThrow());
        assertEquals(1.501, value(plate, "450", "A01"), 0);
        assertEquals(0.462, value(plate, "450", "H12"), 0);
        assertEquals("2026-06-18T15:56:48", plate.metadata("measured_at_iso").orElseThrow());
    }

    @Test
    void reportsTheLineAndWellOfARowWiderThanItsHeader() {
        ImportException e = assertThrows(ImportException.class, () -> read("broken-extra-value.csv"));

        assertEquals(12, e.location().line());
        assertEquals("C13", e.location().well());
        assertEquals(
                "broken-extra-value.csv, line 12, well C13: expected 12 values after row label 'C' (the header"
                        + " names columns 1–12); got 13",
                e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-16BE", "UTF-16LE", "UTF-8"})
    void readsTheSameValuesWithAByteOrderMarkInEveryUnicodeEncoding(String charset, @TempDir Path dir)
            throws Exception {
        String text = Files.readString(sample("trfret-384-padded.csv"));
        Path file = dir.resolve("reencoded.csv");
        Files.write(file, ("\uFEFF" + text).getBytes(Charset.forName(charset)));

        Plate plate = importer.read(file, ImportContext.defaults()).plates().get(0);

        assertEquals(read("trfret-384-padded.csv"), plate);
    }
}
