/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.formats;

import static org.hillfit.io.formats.FormatFixtures.assertMarker;
import static org.hillfit.io.formats.FormatFixtures.assertValue;
import static org.hillfit.io.formats.FormatFixtures.channel;
import static org.hillfit.io.formats.FormatFixtures.read;
import static org.hillfit.io.formats.FormatFixtures.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hillfit.analysis.TrFretChannels;
import org.hillfit.io.ImportException;
import org.hillfit.plate.Channel;
import org.hillfit.plate.ChannelInfo;
import org.hillfit.plate.ChannelKind;
import org.hillfit.plate.Plate;
import org.hillfit.plate.PlateFormat;
import org.hillfit.plate.PlateMetadata;
import org.hillfit.plate.WellFlag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Gen5ImporterTest {
    private static final String FOLDER = "gen5";
    private final Gen5Importer importer = new Gen5Importer();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "trf-384.txt", // UTF-8, CRLF, Layout block, Ratio
                "trf-2plates-utf16.txt", // UTF-16LE BOM, LF only, two plates
                "trf-96.xlsx", // Excel export
                "broken-duplicate-row.txt" // a Gen5 file with one bad Results block
            })
    void probeClaimsEverySample(String name) {
        assertTrue(FormatFixtures.probe(importer, sample(FOLDER, name)) >= 0.9, name);
    }

    @Test
    void readsOneChannelPerReadLabel() throws ImportException {
        List<Plate> plates = read(importer, sample(FOLDER, "trf-384.txt")).plates();
        assertEquals(1, plates.size());
        Plate plate = plates.get(0);
        assertEquals("trf-384", plate.name());
        assertEquals(PlateFormat.WELLS_384, plate.format());
        assertEquals(List.of("TRF:620", "TRF:665", "Ratio"), plate.channelNames(), "the Layout is not a channel");
        ChannelInfo donor = channel(plate, "TRF:620").info();
        assertEquals(ChannelKind.RAW, donor.kind());
        assertEquals("620", donor.attribute(ChannelInfo.KEY_EMISSION_NM).orElseThrow());
        assertEquals("120", donor.attribute(ChannelInfo.KEY_GAIN).orElseThrow());
        assertEquals(
                "135",
                channel(plate, "TRF:665").info().attribute(ChannelInfo.KEY_GAIN).orElseThrow());
        assertEquals("50 µsec", donor.attribute("delay").orElseThrow());
        assertEquals("400 µsec", donor.attribute("collection_time").orElseThrow());
        assertEquals(ChannelKind.CALCULATED, channel(plate, "Ratio").info().kind());
        assertEquals("Gen5 3.14.03", plate.metadata(PlateMetadata.SOFTWARE).orElseThrow());
        assertEquals(
                "Synergy Neo2 (serial 21031512)",
                plate.metadata(PlateMetadata.INSTRUMENT).orElseThrow());
        assertEquals(
                "3/14/2024 11:20:41 AM",
                plate.metadata(PlateMetadata.MEASURED_AT).orElseThrow());
        TrFretChannels fret = TrFretChannels.find(plate).orElseThrow();
        assertEquals("TRF:665", fret.acceptor().name());
        assertEquals("TRF:620", fret.donor().name());
    }

    @Test
    void keepsValuesAndMarkersOfEveryLabel() throws ImportException {
        Plate plate = read(importer, sample(FOLDER, "trf-384.txt")).plates().get(0);
        Channel donor = channel(plate, "TRF:620");
        Channel acceptor = channel(plate, "TRF:665");
        Channel ratio = channel(plate, "Ratio");
        assertValue(22004, donor, "A1");
        assertValue(22996, donor, "P24");
        assertValue(22612, donor, "K3");
        assertMarker(WellFlag.OVERFLOW, "OVRFLW", donor, "G5");
        assertValue(2839, acceptor, "H12");
        assertMarker(WellFlag.OVERFLOW, "OVRFLW", acceptor, "D10");
        assertValue(1137, ratio, "A1");
        assertValue(1402, ratio, "P24");
        assertMarker(WellFlag.OUT_OF_RANGE, "?????", ratio, "D10");
    }

    @Test
    void readsSeveralPlatesFromUtf16WithLineFeedsOnly() throws ImportException {
        List<Plate> plates =
                read(importer, sample(FOLDER, "trf-2plates-utf16.txt")).plates();
        assertEquals(
                List.of("trf-2plates-utf16 Plate 1", "trf-2plates-utf16 Plate 2"),
                plates.stream().map(Plate::name).toList());
        assertEquals(
                "3/15/2024 2:02:13 PM",
                plates.get(1).metadata(PlateMetadata.MEASURED_AT).orElseThrow());
        assertValue(22001, channel(plates.get(0), "TRF:620"), "A1");
        assertValue(2452, channel(plates.get(0), "TRF:665"), "H12");
        assertValue(23001, channel(plates.get(1), "TRF:620"), "A1");
        assertMarker(WellFlag.MISSED, "MISSED", channel(plates.get(1), "TRF:620"), "H12");
        assertValue(2552, channel(plates.get(1), "TRF:665"), "H12");
    }

    @Test
    void readsTheExcelExport() throws ImportException {
        Plate plate = read(importer, sample(FOLDER, "trf-96.xlsx")).plates().get(0);
        assertEquals(List.of("TRF:620", "TRF:665", "Ratio"), plate.channelNames());
        assertEquals(PlateFormat.WELLS_96, plate.format());
        assertValue(22105, channel(plate, "TRF:620"), "C5");
        assertValue(2345, channel(plate, "TRF:665"), "C5");
        assertValue(1096.5, channel(plate, "Ratio"), "H12");
        assertEquals(
                "620",
                channel(plate, "TRF:620")
                        .info()
                        .attribute(ChannelInfo.KEY_EMISSION_NM)
                        .orElseThrow());
    }

    @Test
    void namesTheLineAndWellOfARepeatedResultsRow() {
        ImportException e =
                assertThrows(ImportException.class, () -> read(importer, sample(FOLDER, "broken-duplicate-row.txt")));
        assertEquals(42, e.location().line());
        assertEquals("B01", e.location().well());
        assertTrue(e.getMessage().contains("appears twice"), e.getMessage());
    }

    /** Found by ImporterFuzzTest: a "Procedure Details" title followed only by blank lines read past the file's end. */
    @Test
    void aProcedureTitleOnTheLastLinesIsAnImportErrorNotACrash(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("cut.txt");
        Files.writeString(file, "Software Version\t3.14.03\r\nPlate Number\tPlate 1\r\nProcedure Details\r\n\r\n");
        ImportException e = assertThrows(ImportException.class, () -> read(importer, file));
        assertTrue(e.getMessage().contains("cut.txt"), e.getMessage());
    }
}
