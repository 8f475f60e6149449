/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.hillfit.cli.CliRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The panel exported by four readers' software gives exactly the IC50s of the generic matrix files. */
class ReaderSamplesTest {
    private static final Path SAMPLES = Path.of("sample-plates");

    @TempDir
    Path dir;

    @Test
    void readerExportsGiveTheSameResultsAsTheMatrixFiles() throws Exception {
        List<String> fromReaders;
        try (Stream<Path> files = Files.list(SAMPLES.resolve("readers"))) {
            fromReaders =
                    analyze("readers.csv", files.sorted().map(Path::toString).toList());
        }
        List<String> fromMatrix = analyze(
                "matrix.csv",
                PanelDesign.TARGETS.stream()
                        .map(t -> SAMPLES.resolve(t + ".matrix.csv").toString())
                        .toList());
        assertEquals(64, fromReaders.size());
        assertEquals(fromMatrix, fromReaders);
    }

    /** Result rows without the plate column, sorted. */
    private List<String> analyze(String output, List<String> inputs) throws Exception {
        Path results = dir.resolve(output);
        List<String> args = new java.util.ArrayList<>(List.of("analyze"));
        args.addAll(inputs);
        args.addAll(List.of(
                "--layout", SAMPLES.resolve("panel-layout.csv").toString(), "--results-csv", results.toString()));
        CliRunner.Run run = CliRunner.run(args.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.err());
        return Files.readAllLines(results).stream()
                .skip(1)
                .map(line -> line.replaceFirst("^([^,]*),[^,]*,", "$1,"))
                .sorted()
                .toList();
    }
}
