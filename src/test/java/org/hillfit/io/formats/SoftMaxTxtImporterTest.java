/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.formats;

import static org.hillfit.io.formats.FormatFixtures.assertMarker;
import static org.hillfit.io.formats.FormatFixtures.assertValue;
import static org.hillfit.io.formats.FormatFixtures.channel;
import static org.hillfit.io.formats.FormatFixtures.read;
import static org.hillfit.io.formats.FormatFixtures.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
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
import org.hillfit.plate.WellId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SoftMaxTxtImporterTest {
    private static final String FOLDER = "softmax-txt";
    private final SoftMaxTxtImporter importer = new SoftMaxTxtImporter();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "trf-endpoint-384-utf16.txt", // UTF-16LE BOM, CRLF, PlateFormat
                "kinetic-timeformat-2plates.txt", // UTF-8, LF, TimeFormat
                "broken-truncated.txt" // a SoftMax file, only cut short
            })
    void probeClaimsEverySample(String name) {
        assertTrue(FormatFixtures.probe(importer, sample(FOLDER, name)) >= 0.9, name);
    }

    @Test
    void readsATimeResolvedEndpointWithWavelengthsSideBySide() throws ImportException {
        List<Plate> plates =
                read(importer, sample(FOLDER, "trf-endpoint-384-utf16.txt")).plates();
        assertEquals(1, plates.size(), "Note and Group blocks are not plates");
        Plate plate = plates.get(0);
        assertEquals("KIN-0042", plate.name());
        assertEquals(PlateFormat.WELLS_384, plate.format());
        assertEquals(List.of("620", "665", "Reduced"), plate.channelNames());
        ChannelInfo donor = channel(plate, "620").info();
        assertEquals("620", donor.attribute(ChannelInfo.KEY_EMISSION_NM).orElseThrow());
        assertEquals("340", donor.attribute(ChannelInfo.KEY_EXCITATION_NM).orElseThrow());
        assertEquals("50 µs", donor.attribute("integration_start").orElseThrow());
        assertEquals("450 µs", donor.attribute("integration_end").orElseThrow());
        assertEquals("25.1 °C", donor.attribute("temperature").orElseThrow());
        assertEquals(ChannelKind.CALCULATED, channel(plate, "Reduced").info().kind());
        assertEquals(
                "Time Resolved endpoint",
                plate.metadata(PlateMetadata.READ_MODE).orElseThrow());
        assertEquals("3/14/2024 11:45:02 AM", plate.metadata("saved_at").orElseThrow());
        TrFretChannels fret = TrFretChannels.find(plate).orElseThrow();
        assertEquals("665", fret.acceptor().name());
        assertEquals("620", fret.donor().name());
    }

    @Test
    void keepsValuesAndMarkersOfEveryGrid() throws ImportException {
        Plate plate = read(importer, sample(FOLDER, "trf-endpoint-384-utf16.txt"))
                .plates()
                .get(0);
        Channel donor = channel(plate, "620");
        Channel acceptor = channel(plate, "665");
        Channel reduced = channel(plate, "Reduced");
        assertValue(20010, donor, "A1");
        assertValue(21740, donor, "P24");
        assertValue(20470, donor, "D17");
        assertMarker(WellFlag.INVALID, "Error", donor, "O22");
        assertValue(2001, acceptor, "A1");
        assertValue(2774, acceptor, "P24");
        assertMarker(WellFlag.OUT_OF_RANGE, "Range?", acceptor, "B3");
        assertValue(1134.486, reduced, "H12");
        assertValue(1058.622, reduced, "D17");
        assertMarker(WellFlag.OUT_OF_RANGE, "Range?", reduced, "B3");
    }

    @Test
    void readsKineticTimeFormatAndASecondPlate() throws ImportException {
        List<Plate> plates =
                read(importer, sample(FOLDER, "kinetic-timeformat-2plates.txt")).plates();
        assertEquals(
                List.of("Assay_A", "Assay_B"), plates.stream().map(Plate::name).toList());
        Plate kinetic = plates.get(0);
        assertEquals(
                List.of(
                        "620 @ 00:00:00",
                        "620 @ 00:01:00",
                        "620 @ 00:02:00",
                        "665 @ 00:00:00",
                        "665 @ 00:01:00",
                        "665 @ 00:02:00",
                        "Reduced"),
                kinetic.channelNames());
        assertValue(10001, channel(kinetic, "620 @ 00:00:00"), "A1");
        assertValue(12082, channel(kinetic, "620 @ 00:02:00"), "H12");
        assertValue(3511, channel(kinetic, "665 @ 00:01:00"), "B1");
        assertEquals(
                "25.1 °C",
                channel(kinetic, "665 @ 00:01:00")
                        .info()
                        .attribute("temperature")
                        .orElseThrow());
        assertEquals(
                "Medium",
                channel(kinetic, "665 @ 00:01:00")
                        .info()
                        .attribute(ChannelInfo.KEY_GAIN)
                        .orElseThrow());
        assertValue(507.12, channel(kinetic, "Reduced"), "H12");
    }

    @Test
    void readsAbsorbanceWithADecimalCommaAMarkerAndUnreadRows() throws ImportException {
        Plate absorbance = read(importer, sample(FOLDER, "kinetic-timeformat-2plates.txt"))
                .plates()
                .get(1);
        Channel a450 = channel(absorbance, "450");
        assertEquals(
                "450", a450.info().attribute(ChannelSettings.KEY_WAVELENGTH_NM).orElseThrow());
        assertValue(0.102, a450, "A1"); // written "0,102"
        assertValue(0.104, a450, "A2");
        assertValue(0.374, a450, "F12");
        assertMarker(WellFlag.OUT_OF_RANGE, "Range?", a450, "E6");
        assertFalse(a450.isPresent(WellId.parse("G1")), "rows G-H were not read");
        assertEquals(72, a450.presentCount());
    }

    @Test
    void namesTheBlockOfATruncatedFile() {
        ImportException e =
                assertThrows(ImportException.class, () -> read(importer, sample(FOLDER, "broken-truncated.txt")));
        assertEquals(5, e.location().line());
        assertTrue(e.getMessage().contains("no closing '~End'"), e.getMessage());
    }

    @Test
    void refusesAHeaderWhoseWavelengthCountDisagrees(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad-header.txt");
        Files.writeString(
                file,
                "##BLOCKS= 1\nPlate:\tP1\t1.3\tPlateFormat\tEndpoint\tAbsorbance\tRaw\tFALSE\t1\t\t\t\t\t\t2\t450 \t1"
                        + "\t12\t96\t1\t8\n~End\n",
                StandardCharsets.UTF_8);
        ImportException e = assertThrows(ImportException.class, () -> read(importer, file));
        assertEquals(2, e.location().line());
        assertTrue(e.getMessage().contains("declares 2 wavelength(s)"), e.getMessage());
    }
}
