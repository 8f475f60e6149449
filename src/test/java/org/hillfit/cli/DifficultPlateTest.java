/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.hillfit.analysis.SpatialQc;
import org.hillfit.io.ImportContext;
import org.hillfit.io.ImporterRegistry;
import org.hillfit.io.layout.LayoutReaders;
import org.hillfit.job.CancellationToken;
import org.hillfit.job.ProgressSink;
import org.hillfit.project.AnalysisPipeline;
import org.hillfit.result.AnalysisResult;
import org.hillfit.result.AnalysisSettings;
import org.hillfit.result.InputSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What Hillfit says about {@code sample-plates/difficult.matrix.csv} (see sample-plates/README.md). */
class DifficultPlateTest {
    private static final Path SAMPLES = Path.of("sample-plates");

    @TempDir
    Path dir;

    private record Outputs(CliRunner.Run run, Map<String, String> qc, List<CSVRecord> results) {}

    private Outputs analyze(String... more) throws IOException {
        Path qc = dir.resolve("qc.csv");
        Path results = dir.resolve("r.csv");
        List<String> args = new java.util.ArrayList<>(List.of(
                "analyze",
                SAMPLES.resolve("difficult.matrix.csv").toString(),
                "--layout",
                SAMPLES.resolve("difficult-layout.csv").toString(),
                "--qc-csv",
                qc.toString(),
                "--results-csv",
                results.toString()));
        args.addAll(List.of(more));
        CliRunner.Run run = CliRunner.run(args.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.err());
        CSVFormat header = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get();
        List<CSVRecord> qcRows = header.parse(Files.newBufferedReader(qc)).getRecords();
        Map<String, String> qcRow = new HashMap<>(qcRows.get(0).toMap());
        return new Outputs(
                run, qcRow, header.parse(Files.newBufferedReader(results)).getRecords());
    }

    @Test
    void thePlateFailsQcAndEveryCurveSaysSo() throws IOException {
        Outputs out = analyze();
        assertEquals("fail", out.qc().get("verdict"));
        assertTrue(Double.parseDouble(out.qc().get("z_prime")) < 0, out.qc()::toString);
        assertEquals(16, out.results().size());
        assertTrue(out.results().stream().allMatch(r -> r.get("flags").contains("plate_qc_failed")));
        assertTrue(out.results().stream().noneMatch(r -> r.get("status").equals("ok")));
        assertTrue(out.run().err().contains("plate QC failed"), out.run().err());
        assertTrue(
                out.run().out().contains("difficult: 1 plate(s), QC fail"),
                out.run().out());
    }

    @Test
    void bothControlOutliersAreFlaggedAndStillUsedByDefault() throws IOException {
        Outputs out = analyze();
        String outliers = out.qc().get("control_outliers");
        assertTrue(outliers.contains("D02:neutral:"), outliers);
        assertTrue(outliers.contains("M23:inhibitor:"), outliers);
        assertEquals(2, outliers.split(";").length, outliers);
        assertEquals("32", out.qc().get("n_neutral"));
    }

    @Test
    void maskingTheOutliersIsAnOptionThatReachesEveryCurve() throws IOException {
        Outputs flagged = analyze();
        Outputs masked = analyze("--mask-control-outliers");
        assertEquals("31", masked.qc().get("n_neutral"));
        assertTrue(masked.qc().get("control_outliers").contains("D02:neutral:"));
        assertTrue(masked.qc().get("control_outliers").contains(":masked"));
        assertTrue(Double.parseDouble(masked.qc().get("z_prime"))
                > Double.parseDouble(flagged.qc().get("z_prime")));
        assertTrue(masked.results().stream().allMatch(r -> r.get("flags").contains("control_outlier_masked:M23")));
    }

    @Test
    void overflowWellsAreMaskedAndNamedInTheFlags() throws IOException {
        Outputs out = analyze();
        String flags = out.results().stream().map(r -> r.get("flags")).reduce("", (a, b) -> a + ";" + b);
        for (String well : List.of("C05", "H12", "K17")) {
            assertTrue(flags.contains("overflow:" + well), flags);
        }
        CSVRecord hf003 = out.results().stream()
                .filter(r -> r.get("compound").equals("HF-003"))
                .findFirst()
                .orElseThrow();
        assertEquals("1", hf003.get("n_masked"));
    }

    @Test
    void theReportListsPlateQcAndEveryMask() throws Exception {
        Path xlsx = dir.resolve("report.xlsx");
        analyze("--out", xlsx.toString());
        try (org.apache.poi.ss.usermodel.Workbook wb =
                org.apache.poi.ss.usermodel.WorkbookFactory.create(xlsx.toFile())) {
            org.apache.poi.ss.usermodel.Sheet qc = wb.getSheet("QC");
            List<String> header = new java.util.ArrayList<>();
            qc.getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
            org.apache.poi.ss.usermodel.Row plate = qc.getRow(1);
            assertEquals("fail", plate.getCell(header.indexOf("Verdict")).getStringCellValue());
            assertTrue(plate.getCell(header.indexOf("Z\u2032")).getNumericCellValue() < 0);
            assertEquals("nM", plate.getCell(header.indexOf("Dose unit")).getStringCellValue());
            assertEquals(
                    "D02 (neutral, z -4.9); M23 (inhibitor, z 50.4)",
                    plate.getCell(header.indexOf("Control outliers")).getStringCellValue());
            assertTrue(plate.getCell(header.indexOf("Edge effect (%)")).getNumericCellValue() < -8);
            org.apache.poi.ss.usermodel.Sheet masks = wb.getSheet("Masks");
            List<String> wells = new java.util.ArrayList<>();
            for (int r = 1; r <= masks.getLastRowNum(); r++) {
                wells.add(masks.getRow(r).getCell(2).getStringCellValue() + ":"
                        + masks.getRow(r).getCell(4).getStringCellValue() + ":"
                        + masks.getRow(r).getCell(6).getStringCellValue());
            }
            assertEquals(List.of("C05:overflow:hillfit", "H12:overflow:hillfit", "K17:overflow:hillfit"), wells);
        }
    }

    @Test
    void theEdgeEffectShowsInTheQcAndTheColumnEffects() throws Exception {
        Outputs out = analyze();
        assertEquals("neutral controls", out.qc().get("edge_basis"));
        assertTrue(Double.parseDouble(out.qc().get("edge_effect_pct")) < -8, out.qc()::toString);

        AnalysisResult result = new AnalysisPipeline(ImporterRegistry.builtIn())
                .run(
                        List.of(new InputSpec(
                                SAMPLES.resolve("difficult.matrix.csv"), "difficult", ImporterRegistry.AUTO)),
                        LayoutReaders.read(SAMPLES.resolve("difficult-layout.csv"), ImportContext.defaults()),
                        "difficult-layout.csv",
                        AnalysisSettings.DEFAULT,
                        ProgressSink.NONE,
                        CancellationToken.none());
        SpatialQc spatial = result.plates().get(0).normalized().qc().spatial().orElseThrow();
        // columns 1 and 2 both hold neutral controls; column 1 is on the edge (15 % × ~3900 lower)
        assertTrue(spatial.columnMeans().get(0) < spatial.columnMeans().get(1) - 300, spatial.columnMeans()::toString);
        // the B-scores of the edge neutrals (column 1, rows B–O) sit below those of the inner ones (column 2);
        // weakly, since on a dose-response plate the dose trend inflates the residual scale
        double edge = 0;
        double inner = 0;
        for (int row = 1; row <= 14; row++) {
            edge += spatial.bScores().get(row, 1) / 14;
            inner += spatial.bScores().get(row, 2) / 14;
        }
        assertTrue(edge < inner - 0.4, "edge " + edge + ", inner " + inner);
    }
}
