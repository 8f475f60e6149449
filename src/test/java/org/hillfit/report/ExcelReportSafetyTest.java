/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hillfit.job.CancellationToken;
import org.hillfit.job.ProgressSink;
import org.hillfit.result.AnalysisResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Formula-like names, instrument flags, failing plates, and failures while writing. */
class ExcelReportSafetyTest {
    @TempDir
    static Path fixtures;

    @TempDir
    Path dir;

    private static AnalysisResult result;
    private static Path report;

    @BeforeAll
    static void analyse() throws Exception {
        result = ReportFixtures.tricky(fixtures);
        report = fixtures.resolve("tricky.xlsx");
        ExcelReportWriter.write(result, report);
    }

    @Test
    void formulaLikeNamesStayTextOnEverySheet() throws Exception {
        Set<String> found = new HashSet<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(report.toFile())) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertFalse(
                                cell.getCellType() == CellType.FORMULA, sheet.getSheetName() + " " + cell.getAddress());
                        if (cell.getCellType() == CellType.STRING) {
                            String text = cell.getStringCellValue();
                            ReportFixtures.INJECTIONS.values().stream()
                                    .filter(text::equals)
                                    .forEach(found::add);
                        }
                    }
                }
            }
        }
        assertEquals(new HashSet<>(ReportFixtures.INJECTIONS.values()), found, "every name read back verbatim");
        String xml = Workbooks.worksheetXml(report);
        assertFalse(xml.contains("<f>") || xml.contains("<f "), "no formula element in any worksheet");
    }

    @Test
    void csvExportsDefuseFormulaLikeNames() throws Exception {
        Path results = dir.resolve("r.csv");
        Path wells = dir.resolve("w.csv");
        ResultsCsvWriter.write(result, results);
        WellsCsvWriter.write(result, wells);
        String r = Files.readString(results);
        String w = Files.readString(wells);
        for (String name : List.of("=1+1", "+SUM(A1:A2)", "-2+3", "@cmd")) {
            assertTrue(r.contains(",'" + name + ","), name + " in results CSV");
            assertTrue(w.contains(",'" + name + ","), name + " in wells CSV");
        }
    }

    @Test
    void qcVerdictsAreGreenAmberRed() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(report.toFile())) {
            Sheet qc = workbook.getSheet("QC");
            int verdict = Workbooks.column(qc, "Verdict");
            List<String> seen = new ArrayList<>();
            for (int r = 1; qc.getRow(r) != null; r++) { // the plate rows; the assay summary follows a blank row
                Cell cell = qc.getRow(r).getCell(verdict);
                String fill = ((XSSFCellStyle) cell.getCellStyle())
                        .getFillForegroundXSSFColor()
                        .getARGBHex()
                        .substring(2);
                seen.add(qc.getRow(r).getCell(0).getStringCellValue() + " " + cell.getStringCellValue() + " " + fill);
            }
            assertEquals(List.of("TYK2 pass C6EFCE", "JAK1 fail FFC7CE", "JAK2 warn FFEB9C", "JAK3 pass C6EFCE"), seen);
        }
    }

    @Test
    void instrumentFlagsAndFailedPlatesAreSpelledOut() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(report.toFile())) {
            Sheet summary = workbook.getSheet("Summary");
            int flags = Workbooks.column(summary, "Flags");
            int status = Workbooks.column(summary, "Status");
            boolean overflow = false;
            boolean failed = false;
            for (int r = 1; r <= summary.getLastRowNum(); r++) {
                Row row = summary.getRow(r);
                String text = Workbooks.text(row, flags);
                overflow |= text.contains("B07 overflow");
                if (Workbooks.text(row, 1).equals("JAK1")
                        && Workbooks.text(row, status).equals("flagged")) {
                    failed |= text.contains("plate failed QC");
                }
            }
            assertTrue(overflow, "B07 overflow on the TYK2 curve");
            assertTrue(failed, "JAK1 curves flagged for the failed plate");
            Sheet data = workbook.getSheet("Data");
            Row b07 = null;
            for (Row row : data) {
                if (Workbooks.text(row, 0).equals("TYK2")
                        && Workbooks.text(row, 2).equals("B07")) {
                    b07 = row;
                }
            }
            assertTrue(b07 != null);
            assertEquals("OVRFLW", Workbooks.text(b07, Workbooks.column(data, "Acceptor 665 nm (raw)")));
            assertEquals("overflow (OVRFLW)", Workbooks.text(b07, Workbooks.column(data, "Masked")));
        }
    }

    @Test
    void aWriterFailingMidwayLeavesThePreviousReportIntact() throws Exception {
        Path target = dir.resolve("report.xlsx");
        byte[] previous = "the previous report".getBytes();
        Files.write(target, previous);
        ProgressSink failing = (message, done, total) -> {
            if (message.startsWith("Writing well data")) {
                throw new IllegalStateException("disk on fire");
            }
        };
        assertThrows(
                IllegalStateException.class,
                () -> ExcelReportWriter.write(
                        result, ExcelReportOptions.defaults(), target, failing, CancellationToken.none()));
        assertArrayEquals(previous, Files.readAllBytes(target));
        assertOnlyFile(target);
    }

    @Test
    void cancellingLeavesNoReport() throws Exception {
        Path target = dir.resolve("report.xlsx");
        CancellationToken token = CancellationToken.none();
        ProgressSink cancelling = (message, done, total) -> {
            if (message.startsWith("Drawing curves")) {
                token.cancel();
            }
        };
        assertThrows(
                CancellationException.class,
                () -> ExcelReportWriter.write(result, ExcelReportOptions.defaults(), target, cancelling, token));
        assertFalse(Files.exists(target));
        try (var files = Files.list(dir)) {
            assertEquals(0, files.count(), "no temporary file left");
        }
    }

    @Test
    void primaryAssayCanBeChosen() throws Exception {
        Path target = dir.resolve("jak1.xlsx");
        ExcelReportWriter.write(
                result,
                ExcelReportOptions.defaults().withPrimaryAssay("JAK1").withCurvePictures(false),
                target,
                ProgressSink.NONE,
                CancellationToken.none());
        try (XSSFWorkbook workbook = new XSSFWorkbook(target.toFile())) {
            List<String> header = Workbooks.header(workbook.getSheet("Selectivity"));
            assertTrue(header.contains("TYK2/JAK1 fold"), header.toString());
            assertFalse(header.contains("JAK1/JAK1 fold"));
            assertTrue(Workbooks.pictures(workbook.getSheet("Summary")).isEmpty(), "pictures off");
            assertEquals(0, workbook.getAllPictures().size());
        }
    }

    @Test
    void aRunAboveTheFullChartLimitReusesTheThumbnailsOnTheCurvesSheet() throws Exception {
        Path target = dir.resolve("big.xlsx");
        ExcelReportWriter.write(
                result,
                ExcelReportOptions.defaults().withFullChartLimit(10),
                target,
                ProgressSink.NONE,
                CancellationToken.none());
        try (XSSFWorkbook workbook = new XSSFWorkbook(target.toFile())) {
            assertEquals(64, workbook.getAllPictures().size(), "thumbnails only, each stored once");
            assertEquals(64, Workbooks.pictures(workbook.getSheet("Curves")).size());
            String header = workbook.getSheet("Curves").getRow(0).getCell(1).getStringCellValue();
            assertTrue(header.contains("--curves-dir"), header);
        }
    }

    @Test
    void anUnknownPrimaryAssayIsRejectedBeforeWriting() {
        Path target = dir.resolve("x.xlsx");
        var e = assertThrows(
                IllegalArgumentException.class,
                () -> ExcelReportWriter.write(
                        result,
                        ExcelReportOptions.defaults().withPrimaryAssay("JAK9"),
                        target,
                        ProgressSink.NONE,
                        CancellationToken.none()));
        assertTrue(e.getMessage().contains("JAK9"), e.getMessage());
        assertFalse(Files.exists(target));
    }

    private static void assertOnlyFile(Path target) throws IOException {
        try (var files = Files.list(target.getParent())) {
            assertEquals(
                    List.of(target.getFileName().toString()),
                    files.map(p -> p.getFileName().toString()).toList());
        }
    }
}
