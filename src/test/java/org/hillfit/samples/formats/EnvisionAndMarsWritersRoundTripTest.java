/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.samples.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.hillfit.analysis.TrFretChannels;
import org.hillfit.io.ImportContext;
import org.hillfit.io.ImportResult;
import org.hillfit.io.ImporterRegistry;
import org.hillfit.plate.Plate;
import org.hillfit.plate.PlateFormat;
import org.hillfit.plate.PlateMetadata;
import org.hillfit.plate.WellFlag;
import org.hillfit.plate.WellId;
import org.hillfit.samples.SimulatedTrFretPlate;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A simulated TR-FRET plate written as an EnVision or MARS export reads back count for count. */
class EnvisionAndMarsWritersRoundTripTest {
    @TempDir
    Path dir;

    static Stream<ExportWriter> writers() {
        return ExportWriters.all().stream()
                .filter(w -> Set.of("envision-csv", "mars").contains(w.importerId()));
    }

    @ParameterizedTest
    @MethodSource("writers")
    void readsBackEverySimulatedCountThroughDetection(ExportWriter writer) throws Exception {
        SimulatedTrFretPlate simulated = SimulatedTrFretPlate.simulate("TYK2", 11);
        ExportPlate export = ExportPlate.trFret("TYK2-P1", "BC-0042", simulated);
        Path file = dir.resolve("TYK2" + writer.fileSuffix());
        Files.write(file, writer.write(List.of(export)));

        ImportResult result = ImporterRegistry.builtIn().read(file, ImporterRegistry.AUTO, ImportContext.defaults());

        assertEquals(1, result.plates().size());
        Plate plate = result.plates().get(0);
        assertEquals(writer.importerId(), plate.metadata(PlateMetadata.FORMAT).orElseThrow());
        assertEquals(PlateFormat.WELLS_384, plate.format());
        TrFretChannels channels = TrFretChannels.find(plate).orElseThrow();
        for (int i = 0; i < PlateFormat.WELLS_384.wellCount(); i++) {
            WellId well = PlateFormat.WELLS_384.wellAt(i);
            assertEquals(simulated.acceptor()[i], channels.acceptor().valueAt(well), () -> "acceptor " + well);
            assertEquals(simulated.donor()[i], channels.donor().valueAt(well), () -> "donor " + well);
        }
        assertTrue(result.problems().isEmpty(), () -> result.problems().toString());
    }

    @ParameterizedTest
    @MethodSource("writers")
    void readsBackMarkersAsFlagsNeverAsNumbers(ExportWriter writer) throws Exception {
        ExportPlate simulated = ExportPlate.trFret("JAK1-P1", "BC-0043", SimulatedTrFretPlate.simulate("JAK1", 5));
        ExportChannel acceptor = simulated.channels().get(0);
        ExportChannel donor = simulated.channels().get(1);
        ExportPlate export = new ExportPlate(
                simulated.name(),
                simulated.barcode(),
                simulated.format(),
                List.of(
                        new ExportChannel(
                                acceptor.name(),
                                acceptor.excitationNm(),
                                acceptor.emissionNm(),
                                acceptor.values(),
                                Map.of(WellId.parse("B07"), ExportChannel.ExportMarker.OVERFLOW)),
                        new ExportChannel(
                                donor.name(),
                                donor.excitationNm(),
                                donor.emissionNm(),
                                donor.values(),
                                Map.of(
                                        WellId.parse("C03"), ExportChannel.ExportMarker.MISSED,
                                        WellId.parse("E05"), ExportChannel.ExportMarker.OUT_OF_RANGE))));
        Path file = dir.resolve("JAK1" + writer.fileSuffix());
        Files.write(file, writer.write(List.of(export)));

        Plate plate = ImporterRegistry.builtIn()
                .read(file, writer.importerId(), ImportContext.defaults())
                .plates()
                .get(0);

        TrFretChannels channels = TrFretChannels.find(plate).orElseThrow();
        assertEquals(
                WellFlag.OVERFLOW,
                channels.acceptor().marker(WellId.parse("B07")).orElseThrow().flag());
        assertEquals(
                WellFlag.MISSED,
                channels.donor().marker(WellId.parse("C03")).orElseThrow().flag());
        assertEquals(
                WellFlag.OUT_OF_RANGE,
                channels.donor().marker(WellId.parse("E05")).orElseThrow().flag());
        assertTrue(Double.isNaN(channels.acceptor().valueAt(WellId.parse("B07"))));
        assertEquals(3, plate.markersByWell().size());
    }
}
