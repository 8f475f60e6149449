/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hillfit.fit.Qualifier;
import org.hillfit.result.AnalysisResult;
import org.hillfit.result.AuditAction;
import org.hillfit.result.AuditEntry;
import org.hillfit.result.CurveFit;
import org.hillfit.result.Ic50Change;
import org.hillfit.result.InputRecord;
import org.hillfit.result.Potency;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workbook of the 4-target sample panel, read back with POI sheet by sheet. */
class ExcelReportWriterTest {
    @TempDir
    static Path dir;

    private static AnalysisResult result;
    private static XSSFWorkbook workbook;
    private static List<CSVRecord> csv;

    @BeforeAll
    static void writeReport() throws Exception {
        result = ReportFixtures.panel();
        Path xlsx = dir.resolve("report.xlsx");
        Path results = dir.resolve("r.csv");
        ExcelReportOptions options = ExcelReportOptions.defaults()
                .withProvenance("9.9.9-test", OffsetDateTime.parse("2026-03-01T10:15:30+01:00"))
                .withAuditTrail(List.of(new AuditEntry(
                        Instant.parse("2026-03-01T09:00:00.250Z"),
                        "ada",
                        AuditAction.MASK,
                        "TYK2 / TYK2-P1 / C07",
                        "masked C07 (user: bubble)",
                        List.of(
                                new Ic50Change(
                                        "TYK2",
                                        "TYK2-P1",
                                        "HF-001",
                                        Optional.of(Potency.ofNanomolar(Qualifier.EQUAL, 1.95)),
                                        Optional.of(Potency.ofNanomolar(Qualifier.EQUAL, 2.104))),
                                new Ic50Change(
                                        "TYK2",
                                        "TYK2-P1",
                                        "HF-013",
                                        Optional.of(Potency.ofNanomolar(Qualifier.EQUAL, 9000)),
                                        Optional.of(Potency.ofNanomolar(Qualifier.GREATER_THAN, 10000)))))));
        ExcelReportWriter.write(result, options, xlsx, ProgressSink_none(), org.hillfit.job.CancellationToken.none());
        ResultsCsvWriter.write(result, results);
        workbook = new XSSFWorkbook(xlsx.toFile());
        try (Reader in = Files.newBufferedReader(results)) {
            csv = CSVFormat.DEFAULT.builder().setHeader().get().parse(in).getRecords();
        }
    }

    @AfterAll
    static void close() throws Exception {
        workbook.close();
    }

    private static org.hillfit.job.ProgressSink ProgressSink_none() {
        return org.hillfit.job.ProgressSink.NONE;
    }

    @Test
    void hasTheSheetsInReadingOrder() {
        List<String> names = new java.util.ArrayList<>();
        workbook.forEach(s -> names.add(s.getSheetName()));
        assertEquals(List.of("Summary", "Selectivity", "QC", "Masks", "Curves", "Data", "Methods"), names);
    }

    @Test
    void summaryHasOneRowPerCurveSortedByCompoundThenAssay() {
        Sheet summary = workbook.getSheet("Summary");
        assertEquals(64, summary.getLastRowNum());
        assertEquals("HF-001", summary.getRow(1).getCell(0).getStringCellValue());
        assertEquals("TYK2", summary.getRow(1).getCell(1).getStringCellValue());
        assertEquals("JAK1", summary.getRow(2).getCell(1).getStringCellValue());
        assertEquals("HF-002", summary.getRow(5).getCell(0).getStringCellValue());
        assertEquals("IC50 (nM)", summary.getRow(0).getCell(4).getStringCellValue());
    }

    @Test
    void summaryHasOnePictureInEachRowThatFitsTheRow() {
        Sheet summary = workbook.getSheet("Summary");
        List<XSSFPicture> pictures = Workbooks.pictures(summary);
        assertEquals(64, pictures.size());
        java.util.Set<Integer> rows = new java.util.HashSet<>();
        for (XSSFPicture picture : pictures) {
            XSSFClientAnchor anchor = picture.getClientAnchor();
            assertEquals(anchor.getRow1(), anchor.getRow2(), "the picture stays inside its row");
            assertEquals(Workbooks.column(summary, "Curve"), anchor.getCol1());
            rows.add(anchor.getRow1());
            double heightPx = summary.getRow(anchor.getRow1()).getHeightInPoints() * 96 / 72;
            assertTrue(heightPx >= 110, "row height " + heightPx + " px holds a 110 px thumbnail");
            assertEquals("image/png", picture.getPictureData().getMimeType());
        }
        assertEquals(64, rows.size(), "one picture per row");
    }

    @Test
    void summaryNumbersEqualTheResultsCsv() {
        Sheet summary = workbook.getSheet("Summary");
        Map<String, Row> rows = new HashMap<>();
        for (int r = 1; r <= summary.getLastRowNum(); r++) {
            Row row = summary.getRow(r);
            rows.put(key(Workbooks.text(row, 1), Workbooks.text(row, 2), Workbooks.text(row, 0)), row);
        }
        Map<String, String> columns = Map.of(
                "ic50_nM", "IC50 (nM)",
                "ic50_ci_low_nM", "95% CI low (nM)",
                "ic50_ci_high_nM", "95% CI high (nM)",
                "pic50", "pIC50",
                "hill", "Hill",
                "top", "Top (%)",
                "bottom", "Bottom (%)",
                "r2", "R\u00b2",
                "n_points", "Points",
                "n_masked", "Masked");
        int compared = 0;
        for (CSVRecord record : csv) {
            Row row = rows.get(key(record.get("assay"), record.get("plate"), record.get("compound")));
            assertNotNull(row, record.toString());
            assertEquals(record.get("qualifier"), Workbooks.text(row, Workbooks.column(summary, "Qualifier")));
            assertEquals(record.get("status"), Workbooks.text(row, Workbooks.column(summary, "Status")));
            assertEquals(record.get("curve_class"), Workbooks.text(row, Workbooks.column(summary, "Class")));
            for (Map.Entry<String, String> e : columns.entrySet()) {
                Cell cell = row.getCell(Workbooks.column(summary, e.getValue()));
                String expected = record.get(e.getKey());
                if (expected.isEmpty()) {
                    assertEquals(CellType.BLANK, cell.getCellType(), e.getValue() + " of " + record);
                } else {
                    assertEquals(CellType.NUMERIC, cell.getCellType(), e.getValue() + " of " + record);
                    assertEquals(Double.parseDouble(expected), cell.getNumericCellValue(), 0.0, e.getValue());
                    compared++;
                }
            }
        }
        assertTrue(compared > 500, "compared " + compared + " numbers");
    }

    @Test
    void summaryShowsQualifiersInTheFormatAndFlagsInWords() {
        Sheet summary = workbook.getSheet("Summary");
        Row inactive = summary.getRow(4); // HF-001 on JAK3: inactive
        assertEquals("JAK3", inactive.getCell(1).getStringCellValue());
        assertEquals(">", inactive.getCell(3).getStringCellValue());
        assertEquals("\">\"0", inactive.getCell(4).getCellStyle().getDataFormatString());
        assertEquals(10000, inactive.getCell(4).getNumericCellValue(), 1e-9);
        assertEquals("\"<\"0.00", inactive.getCell(7).getCellStyle().getDataFormatString(), "pIC50 < 5");
        assertEquals(
                "inactive (no dose-response)",
                inactive.getCell(Workbooks.column(summary, "Flags")).getStringCellValue());
        assertEquals("0.00", summary.getRow(1).getCell(4).getCellStyle().getDataFormatString(), "1.95 nM");
    }

    @Test
    void summaryHasFrozenHeaderAutofilterAndLandscapeFitToWidth() {
        XSSFSheet summary = workbook.getSheet("Summary");
        assertEquals(1, summary.getPaneInformation().getHorizontalSplitPosition());
        assertTrue(summary.getCTWorksheet().isSetAutoFilter());
        assertEquals(
                CellRangeAddress.valueOf("A1:R65").formatAsString(),
                summary.getCTWorksheet().getAutoFilter().getRef());
        assertTrue(summary.getPrintSetup().getLandscape());
        assertEquals(1, summary.getPrintSetup().getFitWidth());
        assertEquals(0, summary.getPrintSetup().getFitHeight());
    }

    @Test
    void compoundLinksToItsChartOnTheCurvesSheet() {
        Cell compound = workbook.getSheet("Summary").getRow(2).getCell(0); // HF-001 JAK1
        assertEquals("'Curves'!$D$2", compound.getHyperlink().getAddress());
        Cell target = workbook.getSheet("Curves").getRow(0).getCell(3);
        assertEquals("JAK1", target.getStringCellValue());
    }

    @Test
    void selectivityFoldsMatchTheIc50sOfTheResultsCsv() {
        Sheet sheet = workbook.getSheet("Selectivity");
        assertEquals(
                "JAK2/TYK2 fold",
                sheet.getRow(0)
                        .getCell(Workbooks.column(sheet, "JAK2/TYK2 fold"))
                        .getStringCellValue());
        Row hf001 = sheet.getRow(1);
        assertEquals("HF-001", hf001.getCell(0).getStringCellValue());
        double tyk2 = ic50("TYK2", "HF-001");
        double jak2 = ic50("JAK2", "HF-001");
        Cell fold = hf001.getCell(Workbooks.column(sheet, "JAK2/TYK2 fold"));
        assertEquals(jak2 / tyk2, fold.getNumericCellValue(), jak2 / tyk2 * 2e-3);
        Cell low = hf001.getCell(Workbooks.column(sheet, "JAK2/TYK2 95% CI low"));
        Cell high = hf001.getCell(Workbooks.column(sheet, "JAK2/TYK2 95% CI high"));
        assertTrue(low.getNumericCellValue() < fold.getNumericCellValue());
        assertTrue(high.getNumericCellValue() > fold.getNumericCellValue());
    }

    @Test
    void selectivityQualifiesFoldsOfInactiveCurves() {
        Sheet sheet = workbook.getSheet("Selectivity");
        Row hf001 = sheet.getRow(1); // JAK3 inactive: > 10000 nM
        Cell fold = hf001.getCell(Workbooks.column(sheet, "JAK3/TYK2 fold"));
        assertEquals(10000 / ic50("TYK2", "HF-001"), fold.getNumericCellValue(), 10);
        assertTrue(fold.getCellStyle().getDataFormatString().startsWith("\">\""));
        assertEquals("", Workbooks.text(hf001, Workbooks.column(sheet, "JAK3/TYK2 95% CI low")));
        Row hf008 = sheet.getRow(8); // inactive everywhere
        assertEquals("HF-008", hf008.getCell(0).getStringCellValue());
        assertEquals("undetermined", Workbooks.text(hf008, Workbooks.column(sheet, "JAK1/TYK2 fold")));
    }

    @Test
    void qcHasOneRowPerPlateWithGreenPassVerdicts() {
        Sheet qc = workbook.getSheet("QC");
        for (int r = 1; r <= 4; r++) {
            Cell verdict = qc.getRow(r).getCell(Workbooks.column(qc, "Verdict"));
            assertEquals("pass", verdict.getStringCellValue());
            assertEquals("C6EFCE", fill(verdict));
            assertEquals(
                    CellType.NUMERIC,
                    qc.getRow(r).getCell(Workbooks.column(qc, "Z\u2032")).getCellType());
        }
        assertNull(qc.getRow(5), "the four plate rows, then a blank row");
        assertEquals(1, ((XSSFSheet) qc).getSheetConditionalFormatting().getNumConditionalFormattings());
        assertEquals(
                "A1:T5", ((XSSFSheet) qc).getCTWorksheet().getAutoFilter().getRef(), "the filter covers the plates");
    }

    @Test
    void qcCarriesOutliersEdgeEffectNormalisationReadoutAndDoseUnit() {
        Sheet qc = workbook.getSheet("QC");
        Row tyk2 = qc.getRow(1);
        assertEquals("TYK2-P1", Workbooks.text(tyk2, Workbooks.column(qc, "Plate")));
        // sample-plates/README.md: on TYK2 the outlier rule flags neutral control G01 (robust z -4.4)
        assertEquals("G01 (neutral, z -4.4)", Workbooks.text(tyk2, Workbooks.column(qc, "Control outliers")));
        double edge = tyk2.getCell(Workbooks.column(qc, "Edge effect (%)")).getNumericCellValue();
        assertTrue(Math.abs(edge) <= 1.5, "edge effect within ±1.5 %: " + edge);
        assertEquals(
                "median of 32 neutral / 32 inhibitor controls",
                Workbooks.text(tyk2, Workbooks.column(qc, "Normalisation")));
        assertTrue(Workbooks.text(tyk2, Workbooks.column(qc, "Readout")).startsWith("ratio"));
        assertEquals("nM", Workbooks.text(tyk2, Workbooks.column(qc, "Dose unit")));
    }

    @Test
    void qcSummarisesEachAssayBelowThePlates() {
        Sheet qc = workbook.getSheet("QC");
        assertEquals("Assays (all plates of each)", Workbooks.text(qc.getRow(6), 0));
        Row header = qc.getRow(7);
        assertEquals("Mean Z\u2032", Workbooks.text(header, 3));
        assertEquals("Min Z\u2032", Workbooks.text(header, 6));
        List<String> assays = new java.util.ArrayList<>();
        for (int r = 8; r <= qc.getLastRowNum(); r++) {
            Row row = qc.getRow(r);
            assays.add(Workbooks.text(row, 0));
            assertEquals(1, row.getCell(1).getNumericCellValue(), "one plate per assay");
            assertEquals("pass", Workbooks.text(row, 2));
            // one plate: its mean Z' is the plate's Z'
            assertEquals(
                    qc.getRow(r - 7).getCell(3).getNumericCellValue(),
                    row.getCell(3).getNumericCellValue());
        }
        assertEquals(List.of("TYK2", "JAK1", "JAK2", "JAK3"), assays);
    }

    @Test
    void masksSheetSaysSoWhenNoWellIsMasked() {
        Sheet masks = workbook.getSheet("Masks");
        assertEquals(
                List.of("Assay", "Plate", "Well", "Role", "Reason", "Note", "Author", "Time (UTC)"),
                Workbooks.header(masks));
        assertEquals("No wells were masked.", Workbooks.text(masks.getRow(1), 0));
    }

    @Test
    void curvesSheetHasAChartPerCurveAndAnOverlayPerCompound() {
        Sheet curves = workbook.getSheet("Curves");
        assertEquals(64 + 16, Workbooks.pictures(curves).size());
        assertEquals(
                List.of("Compound", "All assays (folds over TYK2)", "TYK2", "JAK1", "JAK2", "JAK3"),
                Workbooks.header(curves));
        String caption = curves.getRow(2).getCell(2).getStringCellValue();
        assertTrue(caption.startsWith("IC50 1.95 nM (95% CI "), caption);
        assertTrue(curves.getRow(2).getCell(1).getStringCellValue().startsWith("JAK1/TYK2 "));
    }

    @Test
    void picturesAreSharedNotDuplicatedPerSheet() {
        // 64 thumbnails + 64 full charts + 16 overlays
        assertEquals(144, workbook.getAllPictures().size());
    }

    @Test
    void dataSheetTracesEveryWell() {
        Sheet data = workbook.getSheet("Data");
        assertEquals(4 * 384, data.getLastRowNum());
        List<String> header = Workbooks.header(data);
        assertTrue(
                header.containsAll(List.of("Acceptor 665 nm (raw)", "Donor 620 nm (raw)", "Readout", "% inhibition")),
                header.toString());
        Row first = data.getRow(1);
        assertEquals("TYK2", first.getCell(0).getStringCellValue());
        assertEquals("A01", first.getCell(2).getStringCellValue());
        assertEquals("neutral", first.getCell(3).getStringCellValue());
        double acceptor = first.getCell(header.indexOf("Acceptor 665 nm (raw)")).getNumericCellValue();
        double donor = first.getCell(header.indexOf("Donor 620 nm (raw)")).getNumericCellValue();
        assertEquals(9176, acceptor);
        assertEquals(
                acceptor / donor * 10000,
                first.getCell(header.indexOf("Readout")).getNumericCellValue(),
                1e-6);
    }

    @Test
    void methodsRecordVersionInputsWithChecksumsAndTheAuditTrail() {
        Sheet methods = workbook.getSheet("Methods");
        StringBuilder all = new StringBuilder();
        methods.forEach(row ->
                row.forEach(cell -> all.append(cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : "")
                        .append('\n')));
        String text = all.toString();
        assertTrue(text.contains("9.9.9-test"));
        assertTrue(text.contains("2026-03-01T10:15:30+01:00"));
        for (InputRecord input : result.inputs()) {
            assertTrue(text.contains(input.sha256()), "SHA-256 of " + input.path());
        }
        assertTrue(text.contains("masked C07 (user: bubble)"), "audit trail");
        assertTrue(text.contains("ratio"), "each plate's readout is described");
        assertTrue(text.contains("median"), "the control statistic is named");
        assertTrue(text.contains("Masked wells\nnone"), "the masks are counted, and listed on the Masks sheet");
    }

    @Test
    void methodsPrintTheAuditTrailWithTheIc50sEachEditChanged() {
        Sheet methods = workbook.getSheet("Methods");
        int header = rowStartingWith(methods, "Time (UTC)");
        assertEquals(
                List.of("Time (UTC)", "Detail", "User", "Action", "Target", "Curve", "IC50 before", "IC50 after"),
                texts(methods.getRow(header)));
        assertEquals(
                List.of(
                        "2026-03-01T09:00:00Z",
                        "masked C07 (user: bubble)",
                        "ada",
                        "mask",
                        "TYK2 / TYK2-P1 / C07",
                        "TYK2 / TYK2-P1 / HF-001",
                        "1.95 nM",
                        "2.10 nM"),
                texts(methods.getRow(header + 1)));
        assertEquals(
                List.of("", "", "", "", "", "TYK2 / TYK2-P1 / HF-013", "9000 nM", ">10000 nM"),
                texts(methods.getRow(header + 2)),
                "a second change of the same edit on the row below");
    }

    private static int rowStartingWith(Sheet sheet, String text) {
        for (Row row : sheet) {
            if (text.equals(Workbooks.text(row, 0))) {
                return row.getRowNum();
            }
        }
        throw new AssertionError("no row starting with '" + text + "' on " + sheet.getSheetName());
    }

    private static List<String> texts(Row row) {
        List<String> texts = new java.util.ArrayList<>();
        for (int c = 0; c < 8; c++) {
            texts.add(Workbooks.text(row, c));
        }
        return texts;
    }

    private static double ic50(String assay, String compound) {
        return csv.stream()
                .filter(r -> r.get("assay").equals(assay) && r.get("compound").equals(compound))
                .mapToDouble(r -> Double.parseDouble(r.get("ic50_nM")))
                .findFirst()
                .orElseThrow();
    }

    private static String fill(Cell cell) {
        var style = (org.apache.poi.xssf.usermodel.XSSFCellStyle) cell.getCellStyle();
        return style.getFillForegroundXSSFColor().getARGBHex().substring(2);
    }

    private static String key(String assay, String plate, String compound) {
        return assay + "|" + plate + "|" + compound;
    }

    @Test
    void everyCurveIsInTheSummary() {
        assertEquals(result.curves().size(), workbook.getSheet("Summary").getLastRowNum());
        for (CurveFit curve : result.curves()) {
            assertFalse(curve.compound().isEmpty());
        }
    }
}
