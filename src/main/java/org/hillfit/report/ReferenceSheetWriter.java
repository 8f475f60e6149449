/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.report;

import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.hillfit.result.ControlChart;
import org.hillfit.result.ControlPoint;
import org.hillfit.result.Potency;

/**
 * The "Reference" sheet of a workbook: for each assay's reference compound, its assay reproducibility (mean pIC50,
 * SD, n, MSR) and one row per run with the limits it was judged against. Numbers are stored as numbers. Separate from
 * the other sheets so that any workbook writer can add it: {@code fill(workbook.createSheet("Reference"), charts)}.
 */
public final class ReferenceSheetWriter {
    /** The column headers of the run rows. */
    public static final List<String> HEADER = List.of(
            "Assay",
            "Compound",
            "Run",
            "Date",
            "Qualifier",
            "IC50 (nM)",
            "pIC50",
            "Status",
            "Lower limit (pIC50)",
            "Upper limit (pIC50)",
            "Excluded because");

    private ReferenceSheetWriter() {}

    /** Fills an empty sheet; one block per chart, a blank row between blocks. */
    public static void fill(Sheet sheet, List<ControlChart> charts) {
        int r = 0;
        if (charts.isEmpty()) {
            sheet.createRow(0).createCell(0).setCellValue("No reference compound is marked for any assay.");
            return;
        }
        for (ControlChart chart : charts) {
            Row title = sheet.createRow(r++);
            title.createCell(0).setCellValue(chart.assay() + " reference " + chart.compound());
            Row stats = sheet.createRow(r++);
            String[] labels = {"Mean pIC50", "SD (log10)", "Runs", "MSR"};
            double[] values = {chart.meanPIc50(), chart.sdLog(), chart.n(), chart.msr()};
            for (int i = 0; i < labels.length; i++) {
                stats.createCell(2 * i).setCellValue(labels[i]);
                number(stats, 2 * i + 1, values[i]);
            }
            Row header = sheet.createRow(r++);
            for (int c = 0; c < HEADER.size(); c++) {
                header.createCell(c).setCellValue(HEADER.get(c));
            }
            for (ControlPoint p : chart.points()) {
                fill(sheet.createRow(r++), chart, p);
            }
            r++;
        }
    }

    private static void fill(Row row, ControlChart chart, ControlPoint p) {
        row.createCell(0).setCellValue(chart.assay());
        row.createCell(1).setCellValue(chart.compound());
        row.createCell(2).setCellValue(p.run());
        row.createCell(3).setCellValue(p.date().map(Object::toString).orElse(""));
        row.createCell(4)
                .setCellValue(p.potency().map(x -> x.qualifier().symbol()).orElse(""));
        number(row, 5, p.potency().map(Potency::nanomolar).orElse(Double.NaN));
        number(row, 6, p.pIc50());
        row.createCell(7).setCellValue(p.status().slug());
        number(row, 8, p.lowerLimit());
        number(row, 9, p.upperLimit());
        row.createCell(10).setCellValue(p.excludedBecause().orElse(""));
    }

    private static void number(Row row, int column, double value) {
        Cell cell = row.createCell(column);
        if (Double.isFinite(value)) {
            cell.setCellValue(value);
        }
    }
}
