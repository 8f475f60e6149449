/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.report;

import java.util.List;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.hillfit.fit.CurveResult;
import org.hillfit.fit.CurveStatus;
import org.hillfit.fit.Qualifier;
import org.hillfit.plate.ConcentrationUnit;
import org.hillfit.report.chart.ChartStyle;
import org.hillfit.result.CurveFit;

/**
 * The Summary sheet: one row per compound × assay × plate with the results as numbers (the same values as the
 * results CSV), flags in words and a thumbnail of the curve in the row. The compound links to its block on the
 * Curves sheet.
 */
final class SummarySheet {
    static final String NAME = "Summary";
    static final int THUMB_WIDTH = ChartStyle.THUMBNAIL.defaultWidth();
    static final int THUMB_HEIGHT = ChartStyle.THUMBNAIL.defaultHeight();
    /** Column of the curve picture. */
    static final int PICTURE_COLUMN = 17;

    private SummarySheet() {}

    static List<String> header(ConcentrationUnit unit) {
        String u = " (" + unit.symbol() + ")";
        return List.of(
                "Compound",
                "Assay",
                "Plate",
                "Qualifier",
                "IC50" + u,
                "95% CI low" + u,
                "95% CI high" + u,
                "pIC50",
                "Hill",
                "Top (%)",
                "Bottom (%)",
                "R\u00b2",
                "Points",
                "Masked",
                "Class",
                "Status",
                "Flags",
                "Curve");
    }

    /**
     * Writes the sheet.
     *
     * @param thumbnails picture index per curve of {@code grid.ordered()}; empty for no pictures
     */
    static void write(
            Workbook workbook, Styles styles, CurveGrid grid, ConcentrationUnit unit, List<Integer> thumbnails) {
        Sheet sheet = workbook.createSheet(NAME);
        int[] max = {30, 14, 16, 10, 11, 12, 12, 8, 8, 9, 9, 8, 8, 9, 7, 10, 36, 30};
        SheetTable table = new SheetTable(sheet, styles, 0, header(unit), max);
        Drawing<?> drawing = thumbnails.isEmpty() ? null : sheet.createDrawingPatriarch();
        List<CurveFit> curves = grid.ordered();
        for (int i = 0; i < curves.size(); i++) {
            CurveFit curve = curves.get(i);
            Row row = table.nextRow();
            fill(table, styles, row, curve, unit);
            link(
                    workbook,
                    row.getCell(0),
                    styles,
                    CurvesSheet.pictureCell(
                            grid, grid.blockOf(curve), grid.assays().indexOf(curve.assay())));
            if (drawing != null) {
                row.setHeightInPoints(CurvePictures.rowHeightFor(THUMB_HEIGHT));
                CurvePictures.place(
                        drawing, thumbnails.get(i), PICTURE_COLUMN, row.getRowNum(), THUMB_WIDTH, THUMB_HEIGHT);
            }
        }
        table.finish(1);
        if (drawing != null) {
            sheet.setColumnWidth(PICTURE_COLUMN, CurvePictures.columnWidthFor(THUMB_WIDTH));
        }
    }

    private static void fill(SheetTable t, Styles styles, Row row, CurveFit curve, ConcentrationUnit unit) {
        CurveResult r = curve.result();
        ResultNumbers n = ResultNumbers.of(r, unit);
        Qualifier q = n.qualifier().isEmpty() ? Qualifier.EQUAL : r.qualifier();
        CellStyle parameter = curve.status() == CurveStatus.INACTIVE ? styles.mutedNumber : styles.decimal2;
        t.text(row, 0, curve.compound());
        t.text(row, 1, curve.assay());
        t.text(row, 2, curve.plate());
        t.text(row, 3, n.qualifier());
        t.significant(row, 4, n.ic50(), q);
        t.significant(row, 5, n.ciLow(), Qualifier.EQUAL);
        t.significant(row, 6, n.ciHigh(), Qualifier.EQUAL);
        t.number(row, 7, n.pIc50(), styles.fixed(flip(q), 2));
        // The parameters of an inactive curve describe no dose-response: kept (they equal the results CSV), greyed.
        t.number(row, 8, n.hill(), parameter);
        t.number(row, 9, n.top(), curve.status() == CurveStatus.INACTIVE ? styles.mutedNumber : styles.decimal1);
        t.number(row, 10, n.bottom(), curve.status() == CurveStatus.INACTIVE ? styles.mutedNumber : styles.decimal1);
        t.number(row, 11, n.r2(), styles.decimal3);
        t.number(row, 12, r.pointsUsed(), styles.integer);
        t.number(row, 13, r.pointsMasked(), styles.integer);
        t.text(row, 14, r.curveClass(), styles.centred);
        t.text(row, 15, curve.status().slug(), statusStyle(styles, curve.status()));
        t.text(row, 16, FlagText.describe(curve.flags()), styles.wrapped);
    }

    private static Qualifier flip(Qualifier q) {
        return switch (q) {
            case EQUAL -> Qualifier.EQUAL;
            case LESS_THAN -> Qualifier.GREATER_THAN;
            case GREATER_THAN -> Qualifier.LESS_THAN;
        };
    }

    private static CellStyle statusStyle(Styles styles, CurveStatus status) {
        return switch (status) {
            case OK -> styles.text;
            case INACTIVE, PARTIAL -> styles.muted;
            case AMBIGUOUS, FLAGGED -> styles.neutral;
        };
    }

    private static void link(Workbook workbook, Cell cell, Styles styles, String target) {
        Hyperlink link = workbook.getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
        link.setAddress("'" + CurvesSheet.NAME + "'!" + target);
        cell.setHyperlink(link);
        cell.setCellStyle(styles.link);
    }
}
