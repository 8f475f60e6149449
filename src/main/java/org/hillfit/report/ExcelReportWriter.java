/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hillfit.fit.CurveResult;
import org.hillfit.result.AnalysisResult;
import org.hillfit.result.CurveFit;

/** The Excel report: a Summary sheet with one row per curve, numbers stored as numbers. Written atomically. */
public final class ExcelReportWriter {
    private static final List<String> SUMMARY_HEADER = List.of(
            "Assay",
            "Plate",
            "Compound",
            "Status",
            "Qualifier",
            "IC50 (nM)",
            "CI low (nM)",
            "CI high (nM)",
            "pIC50",
            "Hill",
            "Top",
            "Bottom",
            "R²",
            "Points",
            "Masked",
            "Class",
            "Flags");

    private ExcelReportWriter() {}

    /** Writes the workbook atomically. */
    public static void write(AnalysisResult result, Path target) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Summary");
            Row header = sheet.createRow(0);
            for (int c = 0; c < SUMMARY_HEADER.size(); c++) {
                header.createCell(c).setCellValue(SUMMARY_HEADER.get(c));
            }
            int r = 1;
            for (CurveFit curve : result.curves()) {
                fill(sheet.createRow(r++), curve);
            }
            sheet.createFreezePane(0, 1);
            QcSheets.add(workbook, result);
            AtomicFiles.write(target, workbook::write);
        }
    }

    private static void fill(Row row, CurveFit curve) {
        CurveResult fit = curve.result();
        int c = 0;
        text(row, c++, curve.assay());
        text(row, c++, curve.plate());
        text(row, c++, curve.compound());
        text(row, c++, curve.status().slug());
        text(
                row,
                c++,
                Double.isNaN(fit.reportedLogIc50()) ? "" : fit.qualifier().symbol());
        number(row, c++, Math.pow(10, fit.reportedLogIc50() + 9));
        number(row, c++, Math.pow(10, fit.logIc50CiLow() + 9));
        number(row, c++, Math.pow(10, fit.logIc50CiHigh() + 9));
        number(row, c++, -fit.reportedLogIc50());
        number(row, c++, fit.parameters().map(p -> p.hillSlope()).orElse(Double.NaN));
        number(row, c++, fit.parameters().map(p -> p.top()).orElse(Double.NaN));
        number(row, c++, fit.parameters().map(p -> p.bottom()).orElse(Double.NaN));
        number(row, c++, fit.r2());
        number(row, c++, fit.pointsUsed());
        number(row, c++, fit.pointsMasked());
        text(row, c++, fit.curveClass());
        text(row, c, String.join("; ", curve.flags()));
    }

    /** Text cells are always string cells, so "=1+1" in a compound name never becomes a formula. */
    private static void text(Row row, int column, String value) {
        row.createCell(column).setCellValue(value);
    }

    private static void number(Row row, int column, double value) {
        Cell cell = row.createCell(column);
        if (Double.isFinite(value)) {
            cell.setCellValue(value);
        }
    }
}
