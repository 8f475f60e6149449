/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.hillfit.samples.SimulatedTrFretPlate;
import org.hillfit.samples.formats.ExportPlate;
import org.hillfit.samples.formats.ExportWriter;
import org.hillfit.samples.formats.Gen5TxtWriter;
import org.hillfit.samples.formats.SoftMaxTxtWriter;
import org.hillfit.samples.formats.TecanXlsxWriter;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The sample TYK2 plate written as a Tecan, SoftMax Pro or Gen5 export gives, through {@code hillfit analyze}, the
 * same curves as the committed generic matrix of the same simulation: the importers hand the analysis the same
 * acceptor and donor counts whatever the vendor.
 */
class VendorExportAnalyzeTest {
    private static final Path SAMPLES = Path.of("sample-plates");
    /** The seed SamplePlateGenerator gives TYK2 (PANEL_SEED + 0). */
    private static final long TYK2_SEED = 20_261_125L;

    @TempDir
    Path dir;

    static Stream<ExportWriter> writers() {
        return Stream.of(new TecanXlsxWriter(), new SoftMaxTxtWriter(), new Gen5TxtWriter());
    }

    @ParameterizedTest
    @MethodSource("writers")
    void givesTheSameCurvesAsTheGenericMatrix(ExportWriter writer) throws IOException {
        Path export = dir.resolve("TYK2" + writer.fileSuffix());
        SimulatedTrFretPlate plate = SimulatedTrFretPlate.simulate("TYK2", TYK2_SEED);
        Files.write(export, writer.write(List.of(ExportPlate.trFret("TYK2-P1", "TYK2-P1", plate))));

        List<String> fromVendor = analyze(export, "vendor.csv");
        List<String> fromMatrix = analyze(SAMPLES.resolve("TYK2.matrix.csv"), "matrix.csv");

        assertEquals(17, fromVendor.size());
        assertEquals(withoutPlate(fromMatrix), withoutPlate(fromVendor));
    }

    private List<String> analyze(Path input, String resultsName) throws IOException {
        Path results = dir.resolve(resultsName);
        CliRunner.Run run = CliRunner.run(
                "analyze",
                input.toString(),
                "--layout",
                SAMPLES.resolve("panel-layout.csv").toString(),
                "--assay",
                "TYK2",
                "--results-csv",
                results.toString());
        assertEquals(0, run.exitCode(), run.err());
        return Files.readAllLines(results);
    }

    /** Result lines without the plate column (the plate's name differs by vendor). */
    private static List<String> withoutPlate(List<String> lines) {
        return lines.stream().map(l -> l.replaceFirst("^([^,]*),[^,]*,", "$1,")).toList();
    }
}
