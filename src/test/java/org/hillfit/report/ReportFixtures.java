/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hillfit.io.ImportContext;
import org.hillfit.io.ImporterRegistry;
import org.hillfit.io.layout.LongLayoutReader;
import org.hillfit.job.CancellationToken;
import org.hillfit.job.ProgressSink;
import org.hillfit.project.AnalysisPipeline;
import org.hillfit.result.AnalysisResult;
import org.hillfit.result.AnalysisSettings;
import org.hillfit.result.InputSpec;

/** Analysed inputs for report tests: the bundled 4-target panel, and a doctored copy that exercises edge cases. */
public final class ReportFixtures {
    /** The bundled sample panel's folder. */
    public static final Path SAMPLES = Path.of("sample-plates");

    /** Compound names a spreadsheet would run as formulas, used in place of HF-001…HF-006 by {@link #tricky}. */
    public static final Map<String, String> INJECTIONS = Map.of(
            "HF-001", "=1+1",
            "HF-002", "+SUM(A1:A2)",
            "HF-003", "-2+3",
            "HF-004", "@cmd",
            "HF-005", "=HYPERLINK(\"http://example.com\",\"x\")",
            "HF-006", "_x0041_ literal");

    private ReportFixtures() {}

    /** The four sample plates (TYK2, JAK1, JAK2, JAK3) with the panel layout. */
    public static AnalysisResult panel() throws Exception {
        List<Path> inputs = List.of("TYK2", "JAK1", "JAK2", "JAK3").stream()
                .map(t -> SAMPLES.resolve(t + ".matrix.csv"))
                .toList();
        return analyze(inputs, SAMPLES.resolve("panel-layout.csv"));
    }

    /**
     * The panel doctored in {@code dir}: compound names from {@link #INJECTIONS}; an OVRFLW marker in TYK2 well
     * B07; JAK1's neutral controls made noisy enough to fail QC (Z' &lt; 0) and JAK2's to warn (0 ≤ Z' &lt; 0.5).
     */
    public static AnalysisResult tricky(Path dir) throws Exception {
        String layout = Files.readString(SAMPLES.resolve("panel-layout.csv"));
        for (Map.Entry<String, String> e : INJECTIONS.entrySet()) {
            String quoted = "\"" + e.getValue().replace("\"", "\"\"") + "\"";
            layout = layout.replace("," + e.getKey() + ",", "," + quoted + ",");
        }
        Path layoutFile = dir.resolve("layout.csv");
        Files.writeString(layoutFile, layout, StandardCharsets.UTF_8);
        List<Path> inputs = new ArrayList<>();
        inputs.add(copy(dir, "TYK2", lines -> setCell(lines, 3 + 1, 7, "OVRFLW")));
        inputs.add(copy(dir, "JAK1", lines -> noisyNeutrals(lines, 6000)));
        inputs.add(copy(dir, "JAK2", lines -> noisyNeutrals(lines, 1800)));
        inputs.add(copy(dir, "JAK3", lines -> {}));
        return analyze(inputs, layoutFile);
    }

    /** Runs the pipeline. */
    public static AnalysisResult analyze(List<Path> inputs, Path layout) throws Exception {
        List<InputSpec> specs = inputs.stream()
                .map(p -> new InputSpec(p, InputSpec.defaultAssay(p), ImporterRegistry.AUTO))
                .toList();
        return new AnalysisPipeline(ImporterRegistry.builtIn())
                .run(
                        specs,
                        LongLayoutReader.read(layout, ImportContext.defaults()),
                        layout.getFileName().toString(),
                        AnalysisSettings.DEFAULT,
                        ProgressSink.NONE,
                        CancellationToken.none());
    }

    private interface Edit {
        void apply(List<String> lines);
    }

    private static Path copy(Path dir, String target, Edit edit) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(SAMPLES.resolve(target + ".matrix.csv")));
        edit.apply(lines);
        Path copy = dir.resolve(target + ".matrix.csv");
        Files.write(copy, lines);
        return copy;
    }

    /** Sets a cell of the first (acceptor) block: line index of the row, 1-based plate column. */
    private static void setCell(List<String> lines, int line, int column, String value) {
        String[] cells = lines.get(line).split(",", -1);
        cells[column] = value;
        lines.set(line, String.join(",", cells));
    }

    /** Alternately raises and lowers the acceptor value of the neutral wells (columns 1, 2) by {@code delta}. */
    private static void noisyNeutrals(List<String> lines, int delta) {
        for (int row = 0; row < 16; row++) {
            int line = 3 + row;
            for (int column = 1; column <= 2; column++) {
                String[] cells = lines.get(line).split(",", -1);
                int value = Integer.parseInt(cells[column]);
                cells[column] = Integer.toString(value + ((row + column) % 2 == 0 ? delta : -delta));
                lines.set(line, String.join(",", cells));
            }
        }
    }
}
