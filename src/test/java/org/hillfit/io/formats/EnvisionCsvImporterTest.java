/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.hillfit.analysis.TrFretChannels;
import org.hillfit.io.ImportContext;
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
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The EnVision importer on the hand-made samples in {@code envision-csv/} (see the README there). */
class EnvisionCsvImporterTest {
    private final EnvisionCsvImporter importer = new EnvisionCsvImporter();

    static Path sample(String name) {
        try {
            return Path.of(Objects.requireNonNull(EnvisionCsvImporterTest.class.getResource("envision-csv/" + name))
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<Plate> read(String name) throws ImportException {
        return importer.read(sample(name), ImportContext.defaults()).plates();
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
                "htrf-96-titled.csv",
                "semicolon-decimal-comma.csv",
                "bare-two-plates-lf.csv",
                "sparse-384-cr.csv",
                "list-two-plates.csv",
                "utf16le-bom.csv",
                "broken-truncated-row.csv"
            })
    void detectionPicksEnvisionForEverySample(String name) throws Exception {
        FormatFixtures.assertDetectedAsOwn(importer, sample(name));
    }

    @Test
    void readsATitledTrFretPlateWithCalculatedRatioAndFilterWavelengths() throws ImportException {
        List<Plate> plates = read("htrf-96-titled.csv");

        assertEquals(1, plates.size());
        Plate plate = plates.get(0);
        assertEquals("HF-0042", plate.name());
        assertEquals(PlateFormat.WELLS_96, plate.format());
        assertEquals(List.of("HTRF ratio", "APC 665", "Europium 615"), plate.channelNames());
        ChannelInfo ratio = channel(plate, "HTRF ratio").info();
        assertEquals(ChannelKind.CALCULATED, ratio.kind());
        assertEquals(
                "10000 * channel 1 / channel 2",
                ratio.attribute(ChannelInfo.KEY_FORMULA).orElseThrow());
        ChannelInfo acceptor = channel(plate, "APC 665").info();
        assertEquals(665, acceptor.emissionNm().orElseThrow());
        assertEquals(320, acceptor.excitationNm().orElseThrow());
        assertEquals("90", acceptor.attribute(ChannelInfo.KEY_GAIN).orElseThrow());
        assertEquals(615, channel(plate, "Europium 615").info().emissionNm().orElseThrow());
        assertEquals(
                "85",
                channel(plate, "Europium 615")
                        .info()
                        .attribute(ChannelInfo.KEY_GAIN)
                        .orElseThrow());
        TrFretChannels trFret = TrFretChannels.find(plate).orElseThrow();
        assertEquals("APC 665", trFret.acceptor().name());
        assertEquals("Europium 615", trFret.donor().name());
    }

    @ParameterizedTest
    @CsvSource({
        // channel,     well, value as printed in htrf-96-titled.csv
        "APC 665,       A01, 30007",
        "APC 665,       H12, 9084",
        "Europium 615,  A01, 80001",
        "Europium 615,  H12, 80712",
        "HTRF ratio,    A01, 3750.828114648567",
        "HTRF ratio,    H01, 1116.0952156726682",
    })
    void readsTheValuesOfTheTitledSample(String channel, String well, double expected) throws ImportException {
        assertEquals(expected, value(read("htrf-96-titled.csv").get(0), channel, well), 0);
    }

    @Test
    void keepsAnOverflowAsAMarkerNeverAsANumber() throws ImportException {
        Plate plate = read("htrf-96-titled.csv").get(0);
        Channel acceptor = channel(plate, "APC 665");
        WellId g11 = WellId.parse("G11");

        assertEquals(WellFlag.OVERFLOW, acceptor.marker(g11).orElseThrow().flag());
        assertEquals("Overflow", acceptor.marker(g11).orElseThrow().text());
        assertTrue(Double.isNaN(acceptor.valueAt(g11)));
        assertFalse(channel(plate, "HTRF ratio").isPresent(g11));
    }

    @Test
    void keepsTheExportsMetadata() throws ImportException {
        Plate plate = read("htrf-96-titled.csv").get(0);

        assertEquals("HF-0042", plate.metadata(PlateMetadata.BARCODE).orElseThrow());
        assertEquals(
                "PerkinElmer EnVision, serial 1050999",
                plate.metadata(PlateMetadata.INSTRUMENT).orElseThrow());
        assertEquals(
                "EnVision Workstation 1.14.3049.1193",
                plate.metadata(PlateMetadata.SOFTWARE).orElseThrow());
        assertEquals(
                "LANCE Ultra kinase 665/615",
                plate.metadata(PlateMetadata.PROTOCOL).orElseThrow());
        assertEquals(
                "Time Resolved Fluorescence",
                plate.metadata(PlateMetadata.READ_MODE).orElseThrow());
        assertEquals(
                "3/7/2024 10:15:30 AM",
                plate.metadata(PlateMetadata.MEASURED_AT).orElseThrow());
        assertEquals("2024-03-07T10:15:30", plate.metadata("measured_at_iso").orElseThrow());
        assertEquals("9.5", plate.metadata("measured_height").orElseThrow());
        assertEquals("ProxiPlate-96 Plus", plate.metadata("plate_type").orElseThrow());
    }

    @Test
    void readsSemicolonDecimalCommaWindows1252WithPlateInformationAtTheEnd() throws ImportException {
        List<Plate> plates = read("semicolon-decimal-comma.csv");

        assertEquals(
                List.of("SEMI-1", "SEMI-2"), plates.stream().map(Plate::name).toList());
        Plate first = plates.get(0);
        assertEquals(List.of("HTRF ratio", "APC 665", "Europium 615"), first.channelNames());
        assertEquals(2979.3481, value(first, "HTRF ratio", "A01"), 0);
        assertEquals(988.6806, value(first, "HTRF ratio", "H01"), 0);
        assertEquals(21005, value(first, "APC 665", "A01"), 0);
        Plate second = plates.get(1);
        assertEquals(8060, value(second, "APC 665", "H12"), 0);
        assertEquals(71374, value(second, "Europium 615", "H12"), 0);
        assertEquals(
                "Kinase 25 °C / 2 µl", second.metadata(PlateMetadata.PROTOCOL).orElseThrow());
        assertEquals("2024-03-07T10:15:30", second.metadata("measured_at_iso").orElseThrow());
        assertEquals(
                "De=2nd Ex=Top Em=Top Wdw=1 (142)",
                channel(second, "Europium 615").info().attribute("measinfo").orElseThrow());
    }

    @Test
    void readsBareMatricesOfSeveralPlatesSizedByThePlateType() throws ImportException {
        List<Plate> plates = read("bare-two-plates-lf.csv");

        assertEquals(
                List.of("Plate 1", "Plate 2"), plates.stream().map(Plate::name).toList());
        Plate first = plates.get(0);
        assertEquals(PlateFormat.WELLS_96, first.format());
        assertEquals(List.of("FITC 535"), first.channelNames());
        assertEquals(535, channel(first, "FITC 535").info().emissionNm().orElseThrow());
        assertEquals(485, channel(first, "FITC 535").info().excitationNm().orElseThrow());
        assertEquals(1000100, value(first, "FITC 535", "A01"), 0);
        assertEquals(1031200, value(first, "FITC 535", "D12"), 0);
        assertFalse(channel(first, "FITC 535").isPresent(WellId.parse("E01")));
        assertEquals(48, channel(first, "FITC 535").presentCount());
        assertEquals(2071200, value(plates.get(1), "FITC 535", "H12"), 0);
        assertEquals(
                "Fluorescence Intensity",
                first.metadata(PlateMetadata.READ_MODE).orElseThrow());
    }

    @ParameterizedTest
    @CsvSource({
        // channel,    well, value  (rows A, E, I, M only; CR line ends; no footer)
        "US LUM 384,   A01,  10",
        "US LUM 384,   E01,  4010",
        "US LUM 384,   M24,  12240",
        "Crosstalk,    E02,  402.5",
        "Crosstalk,    I24,  824.5",
    })
    void placesTheRowsOfASparse384WellExport(String channel, String well, double expected) throws ImportException {
        Plate plate = read("sparse-384-cr.csv").get(0);

        assertEquals(PlateFormat.WELLS_384, plate.format());
        assertEquals(expected, value(plate, channel, well), 0);
        assertFalse(channel(plate, channel).isPresent(WellId.parse("B01")));
        assertEquals(96, channel(plate, channel).presentCount());
    }

    @Test
    void readsAListExportWithOneLinePerWellAndAPlateColumn() throws ImportException {
        List<Plate> plates = read("list-two-plates.csv");

        assertEquals(
                List.of("LIST-A", "LIST-B"), plates.stream().map(Plate::name).toList());
        Plate second = plates.get(1);
        assertEquals(PlateFormat.WELLS_96, second.format());
        assertEquals(List.of("HTRF ratio", "APC 665", "Europium 615"), second.channelNames());
        assertEquals(27086, value(second, "APC 665", "B12"), 0);
        assertEquals(80114, value(second, "Europium 615", "B12"), 0);
        assertEquals(3380.932171655391, value(second, "HTRF ratio", "B12"), 0);
        assertEquals(30008, value(plates.get(0), "APC 665", "A01"), 0);
        assertEquals(24, channel(second, "APC 665").presentCount());
        assertEquals(
                "3/7/2024 10:19:02 AM",
                second.metadata(PlateMetadata.MEASURED_AT).orElseThrow());
    }

    @Test
    void readsUtf16LittleEndianWithByteOrderMark() throws ImportException {
        Plate plate = read("utf16le-bom.csv").get(0);

        assertEquals("U16-7", plate.name());
        assertEquals(30007, value(plate, "APC 665", "A01"), 0);
        assertEquals(80701, value(plate, "Europium 615", "H01"), 0);
    }

    @Test
    void reportsTheLineAndWellOfATruncatedMatrixRow() {
        ImportException e = assertThrows(ImportException.class, () -> read("broken-truncated-row.csv"));

        assertEquals(9, e.location().line());
        assertEquals("C12", e.location().well());
        assertEquals(
                "broken-truncated-row.csv, line 9, well C12: expected 12 values after row label 'C'; got 11",
                e.getMessage());
    }

    @Test
    void rejectsAFileWithoutResults(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(
                dir.resolve("header-only.csv"),
                "Plate information\r\nPlate,Repeat,Barcode,\r\n1,1,,\r\n\r\nBasic assay information\r\n"
                        + "Assay ID: ,,,,1\r\n");

        ImportException e = assertThrows(ImportException.class, () -> importer.read(file, ImportContext.defaults()));

        assertTrue(e.getMessage().contains("no EnVision results found"), e.getMessage());
    }
}
