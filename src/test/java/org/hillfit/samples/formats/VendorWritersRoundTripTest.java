/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.samples.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.hillfit.analysis.TrFretChannels;
import org.hillfit.io.ImportContext;
import org.hillfit.io.ImportException;
import org.hillfit.io.ImporterRegistry;
import org.hillfit.io.ProbeSample;
import org.hillfit.plate.Channel;
import org.hillfit.plate.Plate;
import org.hillfit.plate.PlateFormat;
import org.hillfit.plate.PlateMetadata;
import org.hillfit.plate.WellId;
import org.hillfit.samples.SimulatedTrFretPlate;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Simulated TR-FRET plates written by the Tecan, SoftMax Pro and Gen5 writers and read back by auto-detection:
 * every well of both channels must come back as the simulated count.
 */
class VendorWritersRoundTripTest {
    @TempDir
    Path dir;

    static Stream<ExportWriter> writers() {
        return Stream.of(new TecanXlsxWriter(), new SoftMaxTxtWriter(), new Gen5TxtWriter());
    }

    @ParameterizedTest
    @MethodSource("writers")
    void everyWellComesBackAsTheSimulatedCount(ExportWriter writer) throws Exception {
        SimulatedTrFretPlate simulated = SimulatedTrFretPlate.simulate("TYK2", 11);
        Path file = write(writer, List.of(ExportPlate.trFret("TYK2-P1", "BC-0001", simulated)));

        List<Plate> plates = ImporterRegistry.builtIn()
                .read(file, ImporterRegistry.AUTO, ImportContext.defaults())
                .plates();

        assertEquals(1, plates.size());
        assertEquals(
                writer.importerId(),
                plates.get(0).metadata(PlateMetadata.FORMAT).orElseThrow());
        assertSameCounts(simulated, plates.get(0));
    }

    @ParameterizedTest
    @MethodSource("writers")
    void severalPlatesInOneFileStayApart(ExportWriter writer) throws Exception {
        SimulatedTrFretPlate first = SimulatedTrFretPlate.simulate("JAK1", 21);
        SimulatedTrFretPlate second = SimulatedTrFretPlate.simulate("JAK2", 22);
        Path file = write(
                writer,
                List.of(
                        ExportPlate.trFret("JAK1-P1", "BC-0011", first),
                        ExportPlate.trFret("JAK2-P1", "BC-0012", second)));

        List<Plate> plates = ImporterRegistry.builtIn()
                .read(file, writer.importerId(), ImportContext.defaults())
                .plates();

        assertEquals(2, plates.size());
        assertSameCounts(first, plates.get(0));
        assertSameCounts(second, plates.get(1));
    }

    @ParameterizedTest
    @MethodSource("writers")
    void aMarkerIsAFlagNeverANumber(ExportWriter writer) throws Exception {
        SimulatedTrFretPlate simulated = SimulatedTrFretPlate.simulate("JAK3", 31);
        ExportPlate clean = ExportPlate.trFret("JAK3-P1", "BC-0021", simulated);
        ExportChannel acceptor = clean.channels().get(0);
        WellId b7 = WellId.parse("B7");
        ExportChannel flagged = new ExportChannel(
                acceptor.name(),
                acceptor.excitationNm(),
                acceptor.emissionNm(),
                acceptor.values(),
                Map.of(b7, ExportChannel.ExportMarker.OVERFLOW));
        ExportPlate plate = new ExportPlate(
                clean.name(),
                clean.barcode(),
                clean.format(),
                List.of(flagged, clean.channels().get(1)));

        Plate read = read(write(writer, List.of(plate)), writer);

        Channel readAcceptor = TrFretChannels.find(read).orElseThrow().acceptor();
        assertTrue(readAcceptor.marker(b7).isPresent(), "B7 is flagged");
        assertTrue(readAcceptor.value(b7).isEmpty(), "B7 has no number");
    }

    @ParameterizedTest
    @MethodSource("writers")
    void a1536WellPlateKeepsItsRowsAToAfAndFortyEightColumns(ExportWriter writer) throws Exception {
        PlateFormat format = PlateFormat.WELLS_1536;
        double[] acceptor = new double[format.wellCount()];
        double[] donor = new double[format.wellCount()];
        for (int i = 0; i < acceptor.length; i++) {
            acceptor[i] = 1000 + i;
            donor[i] = 30000 - i;
        }
        ExportPlate plate = new ExportPlate(
                "HTS-1536",
                "BC-1536",
                format,
                List.of(
                        new ExportChannel("665", 337, 665, acceptor, Map.of()),
                        new ExportChannel("620", 337, 620, donor, Map.of())));

        Plate read = read(write(writer, List.of(plate)), writer);

        assertEquals(format, read.format());
        TrFretChannels fret = TrFretChannels.find(read).orElseThrow();
        assertEquals(1000, fret.acceptor().valueAt(WellId.parse("A1")), 0);
        assertEquals(1000 + 1535, fret.acceptor().valueAt(WellId.parse("AF48")), 0);
        assertEquals(1000 + 26 * 48 + 4, fret.acceptor().valueAt(WellId.parse("AA05")), 0);
        assertEquals(30000 - 31 * 48, fret.donor().valueAt(WellId.parse("AF001")), 0);
        assertEquals(format.wellCount(), fret.donor().presentCount());
    }

    private Path write(ExportWriter writer, List<ExportPlate> plates) throws IOException {
        Path file = dir.resolve("export" + writer.fileSuffix());
        Files.write(file, writer.write(plates));
        assertTrue(new ImporterRegistry(List.of(ImporterRegistry.builtIn()
                                .byId(writer.importerId())
                                .orElseThrow()))
                        .detect(ProbeSample.of(file))
                        .ranking()
                        .get(0)
                        .confidence()
                >= 0.9);
        return file;
    }

    private static Plate read(Path file, ExportWriter writer) throws ImportException {
        return ImporterRegistry.builtIn()
                .read(file, writer.importerId(), ImportContext.defaults())
                .plates()
                .get(0);
    }

    private static void assertSameCounts(SimulatedTrFretPlate simulated, Plate plate) {
        assertEquals(PlateFormat.WELLS_384, plate.format());
        TrFretChannels fret = TrFretChannels.find(plate).orElseThrow();
        for (int i = 0; i < plate.format().wellCount(); i++) {
            WellId well = plate.format().wellAt(i);
            assertEquals(simulated.acceptor()[i], fret.acceptor().valueAt(well), 0, "665 " + well);
            assertEquals(simulated.donor()[i], fret.donor().valueAt(well), 0, "620 " + well);
        }
    }
}
