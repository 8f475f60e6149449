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
 * The Curves sheet: a grid with one block of rows per compound and one column per assay, each cell a chart with
 * its parameters written under it; the first picture column overlays all assays of the compound, with its
 * selectivity folds under it. Reads like a selectivity panel; prints over then down, about two charts wide.
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

    /**
     * The pictures to place.
     *
     * @param singles picture index per curve, in {@code grid.ordered()} order; empty for none
     * @param overlays picture index per block; empty for none
     * @param width logical width of the pictures
     * @param height logical height of the pictures
     */
    record Pictures(List<Integer> singles, List<Integer> overlays, int width, int height) {
        static final Pictures NONE = new Pictures(List.of(), List.of(), WIDTH, HEIGHT);
    }

    private final Sheet sheet;
    private final Styles styles;
    private final CurveGrid grid;
    private final Pictures pictures;
    private final Drawing<?> drawing;

    private CurvesSheet(Sheet sheet, Styles styles, CurveGrid grid, Pictures pictures) {
        this.sheet = sheet;
        this.styles = styles;
        this.grid = grid;
        this.pictures = pictures;
        this.drawing = pictures.singles().isEmpty() ? null : sheet.createDrawingPatriarch();
    }

    /** True when the grid has an overlay column (more than one assay). */
    static boolean hasOverlay(CurveGrid grid) {
        return grid.assays().size() > 1;
    }

    /** The cell holding the picture of the assay with this index in a block ("C8"). */
    static String pictureCell(CurveGrid grid, int block, int assay) {
        return new CellReference(1 + block * BLOCK_ROWS, firstAssayColumn(grid) + assay, true, true).formatAsString();
    }

    static void write(
            Workbook workbook,
            Styles styles,
            CurveGrid grid,
            String primaryAssay,
            ConcentrationUnit unit,
            Pictures pictures,
            String note) {
        CurvesSheet s = new CurvesSheet(workbook.createSheet(NAME), styles, grid, pictures);
        int columns = s.header(primaryAssay, note);
        List<CurveGrid.Block> blocks = grid.blocks();
        for (int b = 0; b < blocks.size(); b++) {
            s.block(b, blocks.get(b), primaryAssay, unit);
        }
        s.layout(columns);
    }

    private int header(String primaryAssay, String note) {
        List<String> header = new ArrayList<>(List.of("Compound"));
        if (hasOverlay(grid)) {
            header.add("All assays (folds over " + primaryAssay + ")");
        }
        header.addAll(grid.assays());
        Row head = sheet.createRow(0);
        for (int c = 0; c < header.size(); c++) {
            Cell cell = head.createCell(c);
            cell.setCellValue(CellText.clean(header.get(c) + (c == 1 && !note.isEmpty() ? "\n" + note : "")));
            cell.setCellStyle(styles.header);
        }
        if (!note.isEmpty()) {
            head.setHeightInPoints(60);
        }
        return header.size();
    }

    private void block(int index, CurveGrid.Block block, String primaryAssay, ConcentrationUnit unit) {
        int top = 1 + index * BLOCK_ROWS;
        Row pictureRow = sheet.createRow(top);
        pictureRow.setHeightInPoints(CurvePictures.rowHeightFor(pictures.height()));
        Row[] captions = new Row[CAPTION_LINES];
        for (int i = 0; i < CAPTION_LINES; i++) {
            captions[i] = sheet.createRow(top + 1 + i);
        }
        sheet.createRow(top + 1 + CAPTION_LINES).setHeightInPoints(8);
        String name = block.compound() + (block.replicate() > 1 ? "\n(set " + block.replicate() + ")" : "");
        Cell label = pictureRow.createCell(0);
        label.setCellValue(CellText.clean(name));
        label.setCellStyle(styles.label);
        if (hasOverlay(grid)) {
            caption(captions, 1, foldLines(block, grid.assays(), primaryAssay));
            if (drawing != null && !pictures.overlays().isEmpty()) {
                CurvePictures.place(
                        drawing, pictures.overlays().get(index), 1, top, pictures.width(), pictures.height());
            }
        }
        int first = firstAssayColumn(grid);
        for (int a = 0; a < block.byAssay().size(); a++) {
            Optional<CurveFit> curve = block.byAssay().get(a);
            if (curve.isPresent()) {
                caption(captions, first + a, curveLines(curve.get(), unit));
                if (drawing != null) {
                    int picture = pictures.singles().get(grid.orderOf(curve.get()));
                    CurvePictures.place(drawing, picture, first + a, top, pictures.width(), pictures.height());
                }
            }
        }
        int perPage = pictures.height() > 200 ? BLOCKS_PER_PAGE : 2 * BLOCKS_PER_PAGE;
        if (index % perPage == perPage - 1) {
            sheet.setRowBreak(top + CAPTION_LINES + 1);
        }
    }

    private void layout(int columns) {
        sheet.setColumnWidth(0, 16 * 256);
        int pictureColumn = Math.max(CurvePictures.columnWidthFor(pictures.width()), 40 * 256);
        for (int c = 1; c < columns; c++) {
            sheet.setColumnWidth(c, pictureColumn);
        }
        sheet.createFreezePane(1, 1);
        SheetTable.printSetup(sheet, 0);
        double pixels = 120 + (columns - 1) * (pictureColumn / 256.0 * 7 + 5);
        sheet.getPrintSetup().setFitWidth((short) Math.max(1, Math.round(pixels / PRINTABLE_PIXELS)));
        sheet.getPrintSetup().setLeftToRight(true);
    }

    private static int firstAssayColumn(CurveGrid grid) {
        return hasOverlay(grid) ? 2 : 1;
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

    private void caption(Row[] rows, int column, List<String> lines) {
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
