/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.report;

import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.hillfit.fit.Qualifier;
import org.hillfit.report.chart.ChartImages;
import org.hillfit.report.chart.ControlChartFigure;
import org.hillfit.result.ControlChart;
import org.hillfit.result.ControlPoint;
import org.hillfit.result.ControlStatus;
import org.hillfit.result.Potency;

/**
 * The "Reference" sheet of a workbook: for each assay's reference compound, its assay reproducibility (mean pIC50,
 * SD, n, MSR) and one row per run with the limits it was judged against, the status filled green / red, with the
 * control chart drawn to the right of its rows (the picture the workbench's Reference page shows). Numbers are
 * stored as numbers. The Excel report adds it when a project marks reference compounds
 * ({@link ExcelReportOptions#referenceCharts()}); any workbook writer can add it too:
 * {@code fill(workbook.createSheet("Reference"), charts)}.
 */
public final class ReferenceSheetWriter {
    /** The sheet's name in the Excel report. */
    public static final String NAME = "Reference";

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

    private static final int[] WIDTHS = {12, 14, 24, 12, 10, 12, 10, 16, 12, 12, 30};
    /** The chart's logical size in pixels; rendered at twice that for sharp display and print. */
    static final int CHART_WIDTH = 640;

    static final int CHART_HEIGHT = 360;
    /** Rows a block spans at least, so charts of short blocks do not overlap the next block. */
    private static final int CHART_ROWS = 20;

    private ReferenceSheetWriter() {}

    /** Fills an empty sheet; one block per chart, a blank row between blocks. */
    public static void fill(Sheet sheet, List<ControlChart> charts) {
        fill(sheet, new Styles(sheet.getWorkbook()), charts);
    }

    /** Fills an empty sheet in the report's styles. */
    static void fill(Sheet sheet, Styles styles, List<ControlChart> charts) {
        for (int c = 0; c < WIDTHS.length; c++) {
            sheet.setColumnWidth(c, WIDTHS[c] * 256);
        }
        SheetTable.printSetup(sheet, -1);
        if (charts.isEmpty()) {
            text(sheet.createRow(0), 0, "No reference compound is marked for any assay.", styles.muted);
            return;
        }
        Drawing<?> drawing = sheet.createDrawingPatriarch();
        int r = 0;
        for (ControlChart chart : charts) {
            int top = r;
            placeChart(drawing, sheet.getWorkbook(), chart, top);
            Row title = sheet.createRow(r++);
            title.setHeightInPoints(20);
            text(title, 0, chart.assay() + " reference " + chart.compound(), styles.section);
            Row stats = sheet.createRow(r++);
            String[] labels = {"Mean pIC50", "SD (log10)", "Runs", "MSR"};
            double[] values = {chart.meanPIc50(), chart.sdLog(), chart.n(), chart.msr()};
            CellStyle[] formats = {styles.decimal2, styles.decimal3, styles.integer, styles.decimal2};
            for (int i = 0; i < labels.length; i++) {
                text(stats, 2 * i, labels[i], styles.header);
                number(stats, 2 * i + 1, values[i], formats[i]);
            }
            Row header = sheet.createRow(r++);
            for (int c = 0; c < HEADER.size(); c++) {
                text(header, c, HEADER.get(c), styles.header);
            }
            for (ControlPoint p : chart.points()) {
                fill(sheet.createRow(r++), styles, chart, p);
            }
            r = Math.max(r, top + CHART_ROWS) + 1;
        }
    }

    /** The control chart, right of the run columns, its top-left corner at the block's title row. */
    private static void placeChart(Drawing<?> drawing, Workbook workbook, ControlChart chart, int row) {
        int dpi = (int) Math.round(ChartImages.SCREEN_DPI * CurvePictures.SCALE);
        byte[] png = ChartImages.png(
                ChartImages.image(ControlChartFigure.create(chart), CHART_WIDTH, CHART_HEIGHT, CurvePictures.SCALE),
                dpi);
        int picture = workbook.addPicture(png, Workbook.PICTURE_TYPE_PNG);
        ClientAnchor anchor = workbook.getCreationHelper().createClientAnchor();
        anchor.setCol1(WIDTHS.length + 1);
        anchor.setRow1(row);
        anchor.setAnchorType(ClientAnchor.AnchorType.MOVE_DONT_RESIZE);
        drawing.createPicture(anchor, picture).resize();
    }

    private static void fill(Row row, Styles styles, ControlChart chart, ControlPoint p) {
        text(row, 0, chart.assay(), styles.text);
        text(row, 1, chart.compound(), styles.text);
        text(row, 2, p.run(), styles.text);
        text(row, 3, p.date().map(Object::toString).orElse(""), styles.text);
        text(row, 4, p.potency().map(x -> x.qualifier().symbol()).orElse(""), styles.centred);
        double nanomolar = p.potency().map(Potency::nanomolar).orElse(Double.NaN);
        number(row, 5, nanomolar, styles.significant(Qualifier.EQUAL, nanomolar));
        number(row, 6, p.pIc50(), styles.decimal2);
        text(row, 7, p.status().slug(), statusStyle(styles, p.status()));
        number(row, 8, p.lowerLimit(), styles.decimal2);
        number(row, 9, p.upperLimit(), styles.decimal2);
        text(row, 10, p.excludedBecause().orElse(""), styles.text);
    }

    private static CellStyle statusStyle(Styles styles, ControlStatus status) {
        return switch (status) {
            case IN_LIMITS -> styles.good;
            case OUTSIDE_LIMITS -> styles.bad;
            case UNDETERMINED, EXCLUDED -> styles.text;
        };
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(style);
        if (!value.isEmpty()) {
            cell.setCellValue(CellText.clean(value));
        }
    }

    private static void number(Row row, int column, double value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(style);
        if (Double.isFinite(value)) {
            cell.setCellValue(value);
        }
    }
}
