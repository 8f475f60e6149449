/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.hillfit.analysis.MaskReason;
import org.hillfit.plate.WellId;
import org.hillfit.project.AnalysisSession;
import org.hillfit.project.PlateKey;
import org.hillfit.project.ProjectStore;
import org.hillfit.project.ReviewContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {
    private static final Path SAMPLES = Path.of("sample-plates");

    @TempDir
    Path dir;

    @Test
    void aSavedProjectReportsTheSameResultsAsTheAnalysis() throws IOException {
        Path input = Files.copy(SAMPLES.resolve("TYK2.matrix.csv"), dir.resolve("TYK2.matrix.csv"));
        Path project = dir.resolve("screen.hillfit");
        CliRunner.Run analyze = CliRunner.run(
                "analyze",
                input.toString(),
                "--layout",
                SAMPLES.resolve("panel-layout.csv").toString(),
                "--results-csv",
                dir.resolve("analyze.csv").toString(),
                "--qc-csv",
                dir.resolve("analyze-qc.csv").toString(),
                "--save",
                project.toString());
        assertEquals(0, analyze.exitCode(), analyze.err());
        Files.delete(input);

        CliRunner.Run report = CliRunner.run(
                "report",
                project.toString(),
                "--results-csv",
                dir.resolve("report.csv").toString(),
                "--qc-csv",
                dir.resolve("report-qc.csv").toString(),
                "--out",
                dir.resolve("report.xlsx").toString());

        assertEquals(0, report.exitCode(), report.err());
        assertArrayEquals(
                Files.readAllBytes(dir.resolve("analyze.csv")), Files.readAllBytes(dir.resolve("report.csv")));
        assertArrayEquals(
                Files.readAllBytes(dir.resolve("analyze-qc.csv")), Files.readAllBytes(dir.resolve("report-qc.csv")));
        assertTrue(Files.size(dir.resolve("report.xlsx")) > 0);
        assertTrue(report.err().contains("TYK2.matrix.csv: missing"), report.err());
    }

    @Test
    void analyzeWithASaveReportsTheSessionsAuditTrail() throws Exception {
        Path project = dir.resolve("screen.hillfit");
        Path xlsx = dir.resolve("r.xlsx");
        saveTyk2(project, "--out", xlsx.toString());

        List<List<String>> trail = auditRows(xlsx);
        assertEquals(1, trail.size(), trail::toString);
        assertEquals("create", trail.get(0).get(3));
        assertEquals("session", trail.get(0).get(4));
        assertTrue(trail.get(0).get(1).startsWith("analysed 1 input(s): 1 plate(s), 16 curve(s)"), trail::toString);
        assertTrue(trail.get(0).get(0).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"), trail::toString);
    }

    /** A TYK2 project in which ada masked A11 and marked HF-003 as the reference, reported to an xlsx. */
    private Path reviewedReport() throws Exception {
        Path project = dir.resolve("screen.hillfit");
        saveTyk2(project);
        ReviewContext ada =
                new ReviewContext("ada", Clock.fixed(Instant.parse("2026-03-02T08:30:00Z"), ZoneOffset.UTC));
        ProjectStore store = new ProjectStore();
        AnalysisSession session = store.open(project, ada).session();
        PlateKey plate = session.plates().get(0).key();
        AnalysisSession reviewed = session.maskWells(plate, List.of(WellId.parse("A11")), MaskReason.USER, "bubble")
                .withReference("TYK2", Optional.of("HF-003"));
        store.save(reviewed, project);
        Path xlsx = dir.resolve("report.xlsx");
        CliRunner.Run report = CliRunner.run("report", project.toString(), "--out", xlsx.toString());
        assertEquals(0, report.exitCode(), report.err());
        return xlsx;
    }

    @Test
    void reportListsAUsersMaskWithAuthorAndTime() throws Exception {
        Path xlsx = reviewedReport();
        try (Workbook workbook = WorkbookFactory.create(xlsx.toFile())) {
            Sheet masks = workbook.getSheet("Masks");
            List<String> a11 = new ArrayList<>();
            for (int c = 0; c < 8; c++) {
                a11.add(text(masks.getRow(1), c));
            }
            assertEquals(
                    List.of("TYK2", "TYK2-P1", "A11", "sample", "user_masked", "bubble", "ada", "2026-03-02T08:30:00Z"),
                    a11);
        }
    }

    @Test
    void reportPrintsTheEditsAndTheReferenceSheetOfAReviewedProject() throws Exception {
        Path xlsx = reviewedReport();

        List<List<String>> trail = auditRows(xlsx);
        assertEquals(
                List.of("create", "mask", "reference"),
                trail.stream().map(r -> r.get(3)).toList());
        List<String> mask = trail.get(1);
        assertEquals("2026-03-02T08:30:00Z", mask.get(0));
        assertEquals("ada", mask.get(2));
        assertEquals("TYK2 / TYK2-P1 / HF-001", mask.get(5), mask::toString);
        assertTrue(mask.get(6).endsWith(" nM") && mask.get(7).endsWith(" nM"), mask::toString);
        try (Workbook workbook = WorkbookFactory.create(xlsx.toFile())) {
            Sheet reference = workbook.getSheet("Reference");
            assertEquals("TYK2 reference HF-003", reference.getRow(0).getCell(0).getStringCellValue());
            assertEquals("MSR", reference.getRow(1).getCell(6).getStringCellValue());
            assertEquals("pIC50", reference.getRow(2).getCell(6).getStringCellValue());
            assertEquals("TYK2", reference.getRow(3).getCell(0).getStringCellValue());
            double pIc50 = reference.getRow(3).getCell(6).getNumericCellValue();
            assertEquals(-Math.log10(40e-9), pIc50, 0.15, "HF-003's TYK2 IC50 is 40 nM");
        }
    }

    @Test
    void reportOfAProjectWithoutReferencesHasNoReferenceSheet() throws Exception {
        Path project = dir.resolve("screen.hillfit");
        Path xlsx = dir.resolve("report.xlsx");
        saveTyk2(project);
        assertEquals(
                0,
                CliRunner.run("report", project.toString(), "--out", xlsx.toString())
                        .exitCode());
        try (Workbook workbook = WorkbookFactory.create(xlsx.toFile())) {
            assertNull(workbook.getSheet("Reference"));
        }
    }

    /** {@code hillfit analyze} of the TYK2 sample plate saved as {@code project}, with more options; must succeed. */
    private static void saveTyk2(Path project, String... more) {
        List<String> args = new ArrayList<>(List.of(
                "analyze",
                SAMPLES.resolve("TYK2.matrix.csv").toString(),
                "--layout",
                SAMPLES.resolve("panel-layout.csv").toString(),
                "--save",
                project.toString()));
        args.addAll(List.of(more));
        CliRunner.Run analyze = CliRunner.run(args.toArray(String[]::new));
        assertEquals(0, analyze.exitCode(), analyze.err());
    }

    /** The rows of the Methods sheet's audit trail, each as its first 8 cells' text. */
    private static List<List<String>> auditRows(Path xlsx) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (Workbook workbook = WorkbookFactory.create(xlsx.toFile())) {
            Sheet methods = workbook.getSheet("Methods");
            boolean inTrail = false;
            for (Row row : methods) {
                String first = text(row, 0);
                if (first.equals("Time (UTC)")) {
                    inTrail = true;
                } else if (inTrail && text(row, 3).isEmpty()) {
                    break;
                } else if (inTrail) {
                    List<String> cells = new ArrayList<>();
                    for (int c = 0; c < 8; c++) {
                        cells.add(text(row, c));
                    }
                    rows.add(cells);
                }
            }
        }
        return rows;
    }

    private static String text(Row row, int column) {
        Cell cell = row.getCell(column);
        return cell == null || cell.getCellType() != CellType.STRING ? "" : cell.getStringCellValue();
    }

    @Test
    void reportWritesTheWellsTableAndPicturesLikeAnalyze() throws IOException {
        Path project = dir.resolve("screen.hillfit");
        saveTyk2(project, "--wells-csv", dir.resolve("analyze-wells.csv").toString());

        CliRunner.Run report = CliRunner.run(
                "report",
                project.toString(),
                "--wells-csv",
                dir.resolve("report-wells.csv").toString(),
                "--curves-dir",
                dir.resolve("curves").toString(),
                "--image-format",
                "svg");

        assertEquals(0, report.exitCode(), report.err());
        assertArrayEquals(
                Files.readAllBytes(dir.resolve("analyze-wells.csv")),
                Files.readAllBytes(dir.resolve("report-wells.csv")));
        assertTrue(Files.exists(dir.resolve("curves").resolve("HF-001_TYK2_TYK2-P1.svg")));
    }

    @Test
    void aBrokenProjectIsOneLineNamingTheFileAndNothingIsWritten() throws IOException {
        Path project = dir.resolve("broken.hillfit");
        Files.writeString(project, "{\"format\": \"hillfit-project\", \"schemaVersion\": 2, \"settings\": {");
        Path results = dir.resolve("r.csv");
        CliRunner.Run run = CliRunner.run("report", project.toString(), "--results-csv", results.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("broken.hillfit: line 1"), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertFalse(Files.exists(results));
    }

    @Test
    void analyzeWithASaveIntoAMissingFolderWritesNothing() {
        Path results = dir.resolve("r.csv");
        CliRunner.Run run = CliRunner.run(
                "analyze",
                SAMPLES.resolve("TYK2.matrix.csv").toString(),
                "--layout",
                SAMPLES.resolve("panel-layout.csv").toString(),
                "--results-csv",
                results.toString(),
                "--save",
                dir.resolve("no/such/folder/p.hillfit").toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("p.hillfit: the folder"), run.err());
        assertFalse(Files.exists(results));
    }

    @Test
    void reportWithoutAnyOutputIsAUsageError() throws IOException {
        Path project = dir.resolve("p.hillfit");
        Files.writeString(project, "{}");
        assertEquals(2, CliRunner.run("report", project.toString()).exitCode());
    }
}
