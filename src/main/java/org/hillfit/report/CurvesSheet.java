/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.hillfit.fit.CurveResult;
import org.hillfit.plate.ConcentrationUnit;
import org.hillfit.report.chart.ChartStyle;
import org.hillfit.result.CurveFit;
import org.hillfit.result.Selectivity;
import org.hillfit.result.SelectivityTable;

/**
 * The Curves sheet: a grid with one block of rows per compound and one column per assay, each cell a full-size
 * chart with its parameters written under it; the first picture column overlays all assays of the compound, with
 * its selectivity folds under it. Reads like a selectivity panel; prints over then down, about two charts wide.
 */
final class CurvesSheet {
    static final String NAME = "Curves";
    static final int WIDTH = ChartStyle.FULL.defaultWidth();
    static final int HEIGHT = ChartStyle.FULL.defaultHeight();
    /** Rows per block: the picture, four caption lines, a gap. */
    static final int BLOCK_ROWS = 6;

    private static final int CAPTION_LINES = 4;
    private static final int BLOCKS_PER_PAGE = 2;
    private static final double PRINTABLE_PIXELS = 1100;

    private CurvesSheet() {}

    /** True when the grid has an overlay column (more than one assay). */
    static boolean hasOverlay(CurveGrid grid) {
        return grid.assays().size() > 1;
    }

    /** The cell holding the picture of the assay with this index in a block ("C8"). */
    static String pictureCell(CurveGrid grid, int block, int assay) {
        int column = (hasOverlay(grid) ? 2 : 1) + assay;
        return new CellReference(1 + block * BLOCK_ROWS, column, true, true).formatAsString();
    }

    /**
     * Writes the sheet.
     *
     * @param singles picture index per curve, in {@code grid.ordered()} order; empty for no pictures
     * @param overlays picture index per block (when the grid has an overlay column); empty for no pictures
     */
    static void write(
            Workbook workbook,
            Styles styles,
            CurveGrid grid,
            String primaryAssay,
            ConcentrationUnit unit,
            List<Integer> singles,
            List<Integer> overlays) {
        Sheet sheet = workbook.createSheet(NAME);
        boolean overlay = hasOverlay(grid);
        int first = overlay ? 2 : 1;
        List<String> header = new ArrayList<>(List.of("Compound"));
        if (overlay) {
            header.add("All assays (folds over " + primaryAssay + ")");
        }
        header.addAll(grid.assays());
        Row head = sheet.createRow(0);
        for (int c = 0; c < header.size(); c++) {
            Cell cell = head.createCell(c);
            cell.setCellValue(CellText.clean(header.get(c)));
            cell.setCellStyle(styles.header);
        }
        Drawing<?> drawing = singles.isEmpty() ? null : sheet.createDrawingPatriarch();
        List<CurveGrid.Block> blocks = grid.blocks();
        for (int b = 0; b < blocks.size(); b++) {
            CurveGrid.Block block = blocks.get(b);
            int top = 1 + b * BLOCK_ROWS;
            Row pictureRow = sheet.createRow(top);
            pictureRow.setHeightInPoints(CurvePictures.rowHeightFor(HEIGHT));
            Row[] captions = new Row[CAPTION_LINES];
            for (int i = 0; i < CAPTION_LINES; i++) {
                captions[i] = sheet.createRow(top + 1 + i);
            }
            sheet.createRow(top + 1 + CAPTION_LINES).setHeightInPoints(8);
            String name = block.compound() + (block.replicate() > 1 ? "\n(set " + block.replicate() + ")" : "");
            Cell label = pictureRow.createCell(0);
            label.setCellValue(CellText.clean(name));
            label.setCellStyle(styles.section);
            if (overlay) {
                caption(captions, 1, foldLines(block, grid.assays(), primaryAssay), styles);
                if (drawing != null) {
                    CurvePictures.place(drawing, overlays.get(b), 1, top, WIDTH, HEIGHT);
                }
            }
            for (int a = 0; a < block.byAssay().size(); a++) {
                Optional<CurveFit> curve = block.byAssay().get(a);
                if (curve.isEmpty()) {
                    continue;
                }
                caption(captions, first + a, curveLines(curve.get(), unit), styles);
                if (drawing != null) {
                    int index = singles.get(grid.orderOf(curve.get()));
                    CurvePictures.place(drawing, index, first + a, top, WIDTH, HEIGHT);
                }
            }
            if (b % BLOCKS_PER_PAGE == BLOCKS_PER_PAGE - 1) {
                sheet.setRowBreak(top + CAPTION_LINES + 1);
            }
        }
        sheet.setColumnWidth(0, 16 * 256);
        for (int c = 1; c < header.size(); c++) {
            sheet.setColumnWidth(c, CurvePictures.columnWidthFor(WIDTH));
        }
        sheet.createFreezePane(1, 1);
        SheetTable.printSetup(sheet, 0);
        int pagesWide = (int) Math.max(1, Math.round((120 + (header.size() - 1) * (WIDTH + 12)) / PRINTABLE_PIXELS));
        sheet.getPrintSetup().setFitWidth((short) pagesWide);
        sheet.getPrintSetup().setLeftToRight(true);
    }

    /** The parameters of one curve in four short lines. */
    static List<String> curveLines(CurveFit curve, ConcentrationUnit unit) {
        CurveResult r = curve.result();
        String ic50 = ResultFormat.ic50(r, unit);
        String ci = ResultFormat.confidenceInterval(r, unit);
        List<String> lines = new ArrayList<>();
        lines.add(ic50.isEmpty() ? "no IC50" : "IC50 " + ic50 + (ci.isEmpty() ? "" : " (95% CI " + ci + ")"));
        lines.add(join(
                labelled("pIC50 ", ResultFormat.pIc50(r)),
                labelled("Hill ", ResultFormat.hill(r)),
                labelled("R\u00b2 ", ResultFormat.r2(r.r2()))));
        lines.add(join(
                "class " + r.curveClass(),
                curve.status().slug(),
                r.pointsUsed() + " points, " + r.pointsMasked() + " masked",
                curve.plate()));
        lines.add(FlagText.describe(curve.flags()));
        return lines;
    }

    /** The folds of a block's off-targets over the primary assay, one per line (the last line holds the rest). */
    static List<String> foldLines(CurveGrid.Block block, List<String> assays, String primaryAssay) {
        List<String> lines = new ArrayList<>();
        if (block.curves().stream().noneMatch(c -> c.assay().equals(primaryAssay))) {
            lines.add("no " + primaryAssay + " curve to take folds over");
            return lines;
        }
        SelectivityTable.Row row = SelectivityTable.of(block.curves(), Optional.of(primaryAssay))
                .rows()
                .get(0);
        for (String assay : assays) {
            if (assay.equals(primaryAssay) || row.curveCounts().getOrDefault(assay, 0) == 0) {
                continue;
            }
            Optional<Selectivity.Fold> fold = row.fold(assay, primaryAssay);
            String text = fold.map(f -> ResultFormat.fold(f)
                            + (f.hasConfidenceInterval() ? " (95% CI " + ResultFormat.foldInterval(f) + ")" : ""))
                    .orElse(row.potency(primaryAssay).isPresent() ? "undetermined" : "no " + primaryAssay + " IC50");
            lines.add(assay + "/" + primaryAssay + " " + text);
        }
        return lines;
    }

    private static void caption(Row[] rows, int column, List<String> lines, Styles styles) {
        for (int i = 0; i < rows.length && i < lines.size(); i++) {
            String text = i == rows.length - 1 ? String.join("; ", lines.subList(i, lines.size())) : lines.get(i);
            if (!text.isEmpty()) {
                Cell cell = rows[i].createCell(column);
                cell.setCellValue(CellText.clean(text));
                cell.setCellStyle(styles.text);
            }
        }
    }

    private static String labelled(String label, String value) {
        return value.isEmpty() ? "" : label + value;
    }

    private static String join(String... parts) {
        return String.join(
                " \u00b7 ",
                java.util.Arrays.stream(parts).filter(p -> !p.isEmpty()).toList());
    }
}
