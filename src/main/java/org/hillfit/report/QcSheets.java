/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.report;

import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.hillfit.analysis.AssayQc;
import org.hillfit.analysis.PlateQc;
import org.hillfit.analysis.WellMask;
import org.hillfit.result.AnalysisResult;
import org.hillfit.result.PlateResult;

/**
 * The report's QC sheets: "Plate QC" (one row per plate, then the assay summary) and "Masks" (every masked well
 * with reason, note, author and time). Numbers are stored as numbers; text cells are always strings.
 */
final class QcSheets {
    private static final List<String> PLATE_HEADER = List.of(
            "Assay",
            "Plate",
            "Verdict",
            "Z'",
            "Robust Z'",
            "S:B",
            "S:N",
            "CV neutral %",
            "CV inhibitor %",
            "Neutral wells",
            "Inhibitor wells",
            "Control outliers",
            "Edge effect %",
            "Normalisation",
            "Readout");
    private static final List<String> ASSAY_HEADER = List.of(
            "Assay",
            "Plates",
            "Pass",
            "Warn",
            "Fail",
            "Mean Z'",
            "Min Z'",
            "Mean robust Z'",
            "Mean S:B",
            "Mean CV neutral %",
            "Mean CV inhibitor %",
            "Control outliers");
    private static final List<String> MASK_HEADER =
            List.of("Assay", "Plate", "Well", "Role", "Reason", "Note", "Author", "When");

    private QcSheets() {}

    /** Adds both sheets to the workbook. */
    static void add(Workbook workbook, AnalysisResult result) {
        plateQc(workbook.createSheet("Plate QC"), result);
        masks(workbook.createSheet("Masks"), result);
    }

    private static void plateQc(Sheet sheet, AnalysisResult result) {
        header(sheet.createRow(0), PLATE_HEADER);
        int r = 1;
        for (PlateResult plate : result.plates()) {
            PlateQc qc = plate.normalized().qc();
            Row row = sheet.createRow(r++);
            int c = 0;
            row.createCell(c++).setCellValue(plate.assay());
            row.createCell(c++).setCellValue(plate.plate().name());
            row.createCell(c++).setCellValue(qc.verdict().slug());
            for (double v : new double[] {
                qc.zPrime(),
                qc.robustZPrime(),
                qc.signalToBackground(),
                qc.signalToNoise(),
                qc.cvNeutralPercent(),
                qc.cvInhibitorPercent(),
                qc.neutralCount(),
                qc.inhibitorCount(),
                qc.controlOutliers().size()
            }) {
                number(row, c++, v);
            }
            number(row, c++, qc.spatial().map(s -> s.edgeEffectPercent()).orElse(Double.NaN));
            row.createCell(c++).setCellValue(plate.normalized().basis());
            row.createCell(c++)
                    .setCellValue(plate.normalized().correctedReadout().description());
            row.createCell(c)
                    .setCellValue(String.join(
                            ", ",
                            plate.normalized().layout().units().stream()
                                    .map(u -> u.symbol())
                                    .toList()));
        }
        assaySummary(sheet, r + 1, result);
        sheet.createFreezePane(0, 1);
    }

    private static void assaySummary(Sheet sheet, int firstRow, AnalysisResult result) {
        int r = firstRow;
        header(sheet.createRow(r++), ASSAY_HEADER);
        for (AssayQc qc : result.assayQc()) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(qc.assay());
            int c = 1;
            for (double v : new double[] {
                qc.plates(),
                qc.passed(),
                qc.warned(),
                qc.failed(),
                qc.meanZPrime(),
                qc.minZPrime(),
                qc.meanRobustZPrime(),
                qc.meanSignalToBackground(),
                qc.meanCvNeutralPercent(),
                qc.meanCvInhibitorPercent(),
                qc.controlOutliers()
            }) {
                number(row, c++, v);
            }
        }
    }

    private static void masks(Sheet sheet, AnalysisResult result) {
        header(sheet.createRow(0), MASK_HEADER);
        int r = 1;
        for (PlateResult plate : result.plates()) {
            for (WellMask mask : plate.normalized().masks().values()) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(plate.assay());
                row.createCell(1).setCellValue(plate.plate().name());
                row.createCell(2).setCellValue(mask.well().label());
                row.createCell(3)
                        .setCellValue(plate.normalized()
                                .layout()
                                .content(mask.well())
                                .role()
                                .slug());
                row.createCell(4).setCellValue(mask.flagSlug());
                row.createCell(5).setCellValue(mask.note());
                row.createCell(6).setCellValue(mask.author());
                row.createCell(7).setCellValue(mask.at().map(Object::toString).orElse(""));
            }
        }
        sheet.createFreezePane(0, 1);
    }

    private static void header(Row row, List<String> names) {
        for (int c = 0; c < names.size(); c++) {
            row.createCell(c).setCellValue(names.get(c));
        }
    }

    private static void number(Row row, int column, double value) {
        Cell cell = row.createCell(column);
        if (Double.isFinite(value)) {
            cell.setCellValue(value);
        }
    }
}
