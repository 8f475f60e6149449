/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.samples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hillfit.io.layout.GridLayoutWriter;
import org.hillfit.io.layout.LongLayoutWriter;
import org.hillfit.samples.formats.EnvisionCsvWriter;
import org.hillfit.samples.formats.ExportPlate;
import org.hillfit.samples.formats.ExportWriter;
import org.hillfit.samples.formats.MarsCsvWriter;
import org.hillfit.samples.formats.SoftMaxTxtWriter;
import org.hillfit.samples.formats.TecanXlsxWriter;

/**
 * Generates every file of {@code sample-plates/} from fixed seeds. Run it after changing the simulation:
 * {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.hillfit.samples.SamplePlateGenerator -Dexec.args=sample-plates}; {@code
 * SamplePlatesTest} fails when the committed files differ from what this produces.
 */
public final class SamplePlateGenerator {
    /** Seed of the panel; each target adds its index. */
    static final long PANEL_SEED = 20_261_125L;

    private SamplePlateGenerator() {}

    /** File name → content of every sample file. */
    public static Map<String, byte[]> files() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("panel-layout.csv", utf8(LayoutCsvWriter.write(PanelDesign.layout())));
        for (int t = 0; t < PanelDesign.TARGETS.size(); t++) {
            String target = PanelDesign.TARGETS.get(t);
            SimulatedTrFretPlate plate = SimulatedTrFretPlate.simulate(target, PANEL_SEED + t);
            files.put(target + ".matrix.csv", utf8(MatrixCsvWriter.write(target + "-P1", plate)));
        }
        files.put("panel-layout.grid.csv", utf8(GridLayoutWriter.write(PanelDesign.layout())));
        DifficultPlate difficult = DifficultPlate.simulate();
        files.put(
                "difficult.matrix.csv",
                utf8(MatrixCsvWriter.write("DIFFICULT-P1", difficult.plate(), difficult.overflow())));
        files.put(
                "difficult-layout.csv",
                utf8(LongLayoutWriter.write(DifficultPlate.rule().layout())));
        files.putAll(readerExports());
        files.putAll(org.hillfit.samples.flow.PstatSamplePlate.files());
        files.putAll(runs());
        return files;
    }

    /** Apparent potency shift of each TYK2 run: small day-to-day drift, and run 5 four-fold off. */
    static final double[] RUN_SHIFTS = {1.0, 1.2, 0.85, 1.1, 4.0, 0.95};

    /**
     * Six runs of the TYK2 panel plate on different days ({@code runs/TYK2.run1.matrix.csv} …, plates {@code
     * TYK2-R1} …; the assay is TYK2 from the file name), for the reference control chart and the replicates:
     * each run's compounds all look {@link #RUN_SHIFTS} times weaker than their truth.
     */
    static Map<String, byte[]> runs() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (int r = 0; r < RUN_SHIFTS.length; r++) {
            SimulatedTrFretPlate plate = SimulatedTrFretPlate.simulate("TYK2", PANEL_SEED + 100 + r, RUN_SHIFTS[r]);
            files.put(
                    "runs/TYK2.run" + (r + 1) + ".matrix.csv", utf8(MatrixCsvWriter.write("TYK2-R" + (r + 1), plate)));
        }
        return files;
    }

    /**
     * The same four panel plates as the matrix files, each written the way one reader's software exports it
     * ({@code readers/TYK2.envision.csv}, …): they must give the same IC50s as the matrix files.
     */
    static Map<String, byte[]> readerExports() {
        List<ExportWriter> writers =
                List.of(new EnvisionCsvWriter(), new MarsCsvWriter(), new TecanXlsxWriter(), new SoftMaxTxtWriter());
        List<String> names = List.of("envision.csv", "mars.csv", "tecan.xlsx", "softmax.txt");
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (int t = 0; t < PanelDesign.TARGETS.size(); t++) {
            String target = PanelDesign.TARGETS.get(t);
            SimulatedTrFretPlate plate = SimulatedTrFretPlate.simulate(target, PANEL_SEED + t);
            ExportPlate export = ExportPlate.trFret(target + "-P1", "HF" + (240_301 + t), plate);
            files.put("readers/" + target + "." + names.get(t), writers.get(t).write(List.of(export)));
        }
        return files;
    }

    /** Writes the files into a folder. */
    public static void write(Path folder) throws IOException {
        Files.createDirectories(folder);
        for (Map.Entry<String, byte[]> e : files().entrySet()) {
            Files.createDirectories(folder.resolve(e.getKey()).getParent());
            Files.write(folder.resolve(e.getKey()), e.getValue());
        }
    }

    public static void main(String[] args) throws IOException {
        write(Path.of(args.length > 0 ? args[0] : "sample-plates"));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
