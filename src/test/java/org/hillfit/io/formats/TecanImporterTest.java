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

import java.util.List;
import org.hillfit.analysis.TrFretChannels;
import org.hillfit.io.ImportException;
import org.hillfit.plate.Channel;
import org.hillfit.plate.ChannelInfo;
import org.hillfit.plate.Plate;
import org.hillfit.plate.PlateFormat;
import org.hillfit.plate.PlateMetadata;
import org.hillfit.plate.WellFlag;
import org.hillfit.plate.WellId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TecanImporterTest {
    private static final String FOLDER = "tecan";
    private final TecanImporter importer = new TecanImporter();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "spark-trfret-384.tsv", // Spark, UTF-8 BOM, tab, CRLF
                "icontrol-italiano-96.xls", // i-control XLSX saved as .xls, Italian locale
                "icontrol-absorbance-semicolon.csv", // i-control, Windows-1252, semicolon, decimal commas
                "magellan-list-colmajor.txt", // Magellan list, column-major
                "broken-duplicate-row.tsv" // still a Tecan file, only its data is bad
            })
    void probeClaimsEverySample(String name) {
        assertTrue(FormatFixtures.probe(importer, sample(FOLDER, name)) >= 0.9, name);
    }

    @Test
    void readsASparkTrFretExportWithItsLabelSettings() throws ImportException {
        List<Plate> plates =
                read(importer, sample(FOLDER, "spark-trfret-384.tsv")).plates();
        assertEquals(1, plates.size());
        Plate plate = plates.get(0);
        assertEquals("KIN-0042", plate.name()); // the Plate-ID names the plate
        assertEquals(PlateFormat.WELLS_384, plate.format());
        assertEquals(List.of("Label 1", "Label 2"), plate.channelNames());
        ChannelInfo acceptor = channel(plate, "Label 1").info();
        assertEquals("665", acceptor.attribute(ChannelInfo.KEY_EMISSION_NM).orElseThrow());
        assertEquals("320", acceptor.attribute(ChannelInfo.KEY_EXCITATION_NM).orElseThrow());
        assertEquals("120", acceptor.attribute(ChannelInfo.KEY_GAIN).orElseThrow());
        assertEquals("60 µs", acceptor.attribute("lag_time").orElseThrow());
        assertEquals("400 µs", acceptor.attribute("integration_time").orElseThrow());
        assertEquals("24.6 °C", acceptor.attribute("temperature").orElseThrow());
        assertEquals(
                "620",
                channel(plate, "Label 2")
                        .info()
                        .attribute(ChannelInfo.KEY_EMISSION_NM)
                        .orElseThrow());
        assertEquals(
                "Spark (serial 2104001234)",
                plate.metadata(PlateMetadata.INSTRUMENT).orElseThrow());
        assertEquals("SparkControl", plate.metadata(PlateMetadata.SOFTWARE).orElseThrow());
        assertEquals(
                "2024-03-14 10:15:22", plate.metadata(PlateMetadata.MEASURED_AT).orElseThrow());
        assertEquals("KIN-0042", plate.metadata(PlateMetadata.BARCODE).orElseThrow());
    }

    @Test
    void keepsSparkValuesMarkersAndUnmeasuredWells() throws ImportException {
        Plate plate =
                read(importer, sample(FOLDER, "spark-trfret-384.tsv")).plates().get(0);
        Channel acceptor = channel(plate, "Label 1");
        Channel donor = channel(plate, "Label 2");
        assertValue(3013, acceptor, "A1");
        assertValue(3436, acceptor, "H12");
        assertValue(3912, acceptor, "P24");
        assertMarker(WellFlag.OVERFLOW, "OVER", acceptor, "C5");
        assertValue(24009, donor, "A1");
        assertValue(23758, donor, "H12");
        assertFalse(donor.isPresent(WellId.parse("P24")), "an empty cell is absent, not zero");
        TrFretChannels fret = TrFretChannels.find(plate).orElseThrow();
        assertEquals("Label 1", fret.acceptor().name());
        assertEquals("Label 2", fret.donor().name());
    }

    @Test
    void readsAnXlsxSavedAsXlsInAnItalianLocale() throws ImportException {
        List<Plate> plates =
                read(importer, sample(FOLDER, "icontrol-italiano-96.xls")).plates();
        assertEquals(1, plates.size(), "the empty second sheet 'Foglio1' is not a plate");
        Plate plate = plates.get(0);
        assertEquals("icontrol-italiano-96", plate.name());
        assertEquals(PlateFormat.WELLS_96, plate.format());
        assertEquals(List.of("APC 665", "Eu 620"), plate.channelNames());
        assertEquals(
                "14/03/2024 9.41.07", plate.metadata(PlateMetadata.MEASURED_AT).orElseThrow());
        assertEquals(
                "infinite M1000Pro (serial 1110001234)",
                plate.metadata(PlateMetadata.INSTRUMENT).orElseThrow());
        Channel apc = channel(plate, "APC 665");
        assertEquals("337", apc.info().attribute(ChannelInfo.KEY_EXCITATION_NM).orElseThrow());
        assertEquals("14/03/2024 9.42.03", apc.info().attribute("end_time").orElseThrow());
        assertValue(2003, apc, "A1");
        assertValue(2211, apc, "H12");
        assertMarker(WellFlag.OVERFLOW, "OVER", apc, "B7");
        assertValue(18010, channel(plate, "Eu 620"), "A1");
        assertValue(18820, channel(plate, "Eu 620"), "H12");
    }

    @Test
    void readsSemicolonTextWithDecimalCommasInWindows1252() throws ImportException {
        Plate plate = read(importer, sample(FOLDER, "icontrol-absorbance-semicolon.csv"))
                .plates()
                .get(0);
        assertEquals(List.of("Abs450", "Abs620"), plate.channelNames());
        Channel abs450 = channel(plate, "Abs450");
        assertEquals(
                "450",
                abs450.info().attribute(ChannelSettings.KEY_WAVELENGTH_NM).orElseThrow());
        assertTrue(abs450.info().emissionNm().isEmpty(), "an absorbance wavelength is not an emission");
        assertEquals("23,9 °C", abs450.info().attribute("temperature").orElseThrow());
        assertValue(0.06, abs450, "A1");
        assertValue(0.87, abs450, "H12");
        assertValue(0.041, channel(plate, "Abs620"), "B1");
        assertMarker(WellFlag.OVERFLOW, "OVER", channel(plate, "Abs620"), "H12");
        assertEquals(
                "14.03.2024 09:05:33", plate.metadata(PlateMetadata.MEASURED_AT).orElseThrow());
    }

    @Test
    void readsAColumnMajorMagellanList() throws ImportException {
        Plate plate = read(importer, sample(FOLDER, "magellan-list-colmajor.txt"))
                .plates()
                .get(0);
        assertEquals(PlateFormat.WELLS_96, plate.format());
        assertEquals(List.of("Label1", "Label2"), plate.channelNames());
        Channel label1 = channel(plate, "Label1");
        assertEquals("665", label1.info().attribute(ChannelInfo.KEY_EMISSION_NM).orElseThrow());
        assertEquals("150", label1.info().attribute(ChannelInfo.KEY_GAIN).orElseThrow());
        assertEquals("60 µs", label1.info().attribute("lag_time").orElseThrow());
        assertEquals(
                "620",
                channel(plate, "Label2")
                        .info()
                        .attribute(ChannelInfo.KEY_EMISSION_NM)
                        .orElseThrow());
        assertValue(6005, label1, "A1");
        assertValue(6035, label1, "B1");
        assertValue(6270, label1, "H12");
        assertMarker(WellFlag.OVERFLOW, "OVER", label1, "D9");
        assertValue(21800, channel(plate, "Label2"), "H12");
        assertEquals(
                "2024-03-14 11:02:07", plate.metadata(PlateMetadata.MEASURED_AT).orElseThrow());
        assertEquals(
                "INFINITE M1000PRO (serial 1109004321)",
                plate.metadata(PlateMetadata.INSTRUMENT).orElseThrow());
        assertEquals(
                "TRFRET_665_620.mth", plate.metadata(PlateMetadata.PROTOCOL).orElseThrow());
        assertTrue(TrFretChannels.find(plate).isPresent());
    }

    @Test
    void namesTheLineAndWellOfARepeatedGridRow() {
        ImportException e =
                assertThrows(ImportException.class, () -> read(importer, sample(FOLDER, "broken-duplicate-row.tsv")));
        assertEquals(38, e.location().line());
        assertEquals("C01", e.location().well());
        assertTrue(e.getMessage().contains("appears twice"), e.getMessage());
    }
}
