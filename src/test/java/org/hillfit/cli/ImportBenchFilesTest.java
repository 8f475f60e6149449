/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hillfit.analysis.TrFretChannels;
import org.hillfit.io.ImportContext;
import org.hillfit.io.ImportResult;
import org.hillfit.io.ImporterRegistry;
import org.hillfit.plate.Plate;
import org.hillfit.plate.PlateFormat;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The files behind the import figures of {@code hillfit bench} are what the figures claim to parse. */
class ImportBenchFilesTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"envision-csv, 3", "mars, 2"})
    void isA384WellTwoChannelTrFretExportOfItsFormat(String format, int channels) throws Exception {
        Path file = dir.resolve("bench.csv");
        Files.writeString(file, format.equals("mars") ? ImportBenchFiles.mars() : ImportBenchFiles.envision());

        ImportResult result = ImporterRegistry.builtIn().read(file, ImporterRegistry.AUTO, ImportContext.defaults());

        Plate plate = result.plates().get(0);
        assertEquals(format, plate.metadata("format").orElseThrow());
        assertEquals(PlateFormat.WELLS_384, plate.format());
        assertEquals(channels, plate.channels().size());
        TrFretChannels fret = TrFretChannels.find(plate).orElseThrow();
        assertEquals(384, fret.acceptor().presentCount());
        assertEquals(384, fret.donor().presentCount());
        assertTrue(result.problems().isEmpty(), () -> result.problems().toString());
        assertEquals(List.of(), plate.markersByWell().keySet().stream().toList());
    }
}
