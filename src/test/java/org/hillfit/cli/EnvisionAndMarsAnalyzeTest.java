/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hillfit.samples.SimulatedTrFretPlate;
import org.hillfit.samples.formats.EnvisionCsvWriter;
import org.hillfit.samples.formats.ExportPlate;
import org.hillfit.samples.formats.ExportWriter;
import org.hillfit.samples.formats.MarsCsvWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same simulated TR-FRET plate exported by an EnVision and by a PHERAstar gives the same curves. */
class EnvisionAndMarsAnalyzeTest {
    private static final Path LAYOUT = Path.of("sample-plates", "panel-layout.csv");

    @TempDir
    Path dir;

    private List<String> analyze(ExportWriter writer, ExportPlate plate) throws IOException {
        Path input = dir.resolve("TYK2" + writer.fileSuffix());
        Files.write(input, writer.write(List.of(plate)));
        Path results = dir.resolve(writer.importerId() + ".results.csv");
        CliRunner.Run run = CliRunner.run(
                "analyze", input.toString(), "--layout", LAYOUT.toString(), "--results-csv", results.toString());
        assertEquals(0, run.exitCode(), run.err());
        return Files.readAllLines(results);
    }

    @Test
    void envisionAndMarsExportsOfOnePlateGiveIdenticalResults() throws IOException {
        ExportPlate plate = ExportPlate.trFret("TYK2-P1", "TYK2-P1", SimulatedTrFretPlate.simulate("TYK2", 3));

        List<String> envision = analyze(new EnvisionCsvWriter(), plate);
        List<String> mars = analyze(new MarsCsvWriter(), plate);
        List<String> semicolon = analyze(EnvisionCsvWriter.semicolon(), plate);

        assertEquals(1 + 16, envision.size(), envision.toString());
        assertTrue(envision.get(1).contains(",TYK2-P1,HF-001,"), envision.get(1));
        assertEquals(envision, mars);
        assertEquals(envision, semicolon);
    }
}
