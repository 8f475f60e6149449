/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.hillfit.job.CancellationToken;
import org.hillfit.job.ProgressSink;
import org.hillfit.plate.ConcentrationUnit;
import org.hillfit.report.chart.ChartStyle;
import org.hillfit.result.AnalysisResult;
import org.hillfit.result.SelectivityTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Excel report (.xlsx): Summary (one row per curve with a thumbnail), Selectivity (folds over a primary
 * assay), QC (per plate, coloured verdicts), Curves (full-size charts with their parameters), Data (every well,
 * streamed) and Methods (settings, rules, inputs with SHA-256, masks, audit trail). Numbers are stored as numbers,
 * equal to the results CSV; text is always text, never a formula. Written to a temporary file and moved into place,
 * so a failure or a cancellation leaves any previous report untouched.
 */
public final class ExcelReportWriter {
    private static final Logger LOGGER = LoggerFactory.getLogger(ExcelReportWriter.class);
    /** Rows kept in memory per streamed sheet. */
    private static final int ROW_WINDOW = 200;

    private ExcelReportWriter() {}

    /** Writes the workbook atomically with {@link ExcelReportOptions#defaults()}. */
    public static void write(AnalysisResult result, Path target) throws IOException {
        write(result, ExcelReportOptions.defaults(), target, ProgressSink.NONE, CancellationToken.none());
    }

    /**
     * Writes the workbook atomically.
     *
     * @param progress told about pictures rendered, plates written and saving
     * @throws IOException when the file cannot be written; the target is then as it was
     * @throws IllegalArgumentException when the options name a primary assay the result does not have
     * @throws java.util.concurrent.CancellationException when cancelled; nothing is written
     */
    public static void write(
            AnalysisResult result,
            ExcelReportOptions options,
            Path target,
            ProgressSink progress,
            CancellationToken cancellation)
            throws IOException {
        long start = System.nanoTime();
        CurveGrid grid = new CurveGrid(result.curves());
        String primary = options.primaryAssay()
                .orElse(grid.assays().isEmpty() ? "" : grid.assays().get(0));
        if (!grid.assays().isEmpty() && !grid.assays().contains(primary)) {
            throw new IllegalArgumentException(
                    "the primary assay '" + primary + "' is not among the assays " + grid.assays());
        }
        ExcelReportOptions resolved = primary.isEmpty() ? options : options.withPrimaryAssay(primary);
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROW_WINDOW)) { // close() also deletes its temp files
            workbook.setCompressTempFiles(true);
            fill(workbook, result, resolved, grid, new Progress(progress, total(result, grid, options)), cancellation);
            cancellation.throwIfCancelled();
            progress.report("Saving " + target.getFileName(), 0, 1);
            AtomicFiles.write(target, workbook::write);
        }
        LOGGER.info(
                "Excel report {}: {} curves, {} plates in {} ms",
                target.getFileName(),
                grid.ordered().size(),
                result.plates().size(),
                (System.nanoTime() - start) / 1_000_000);
    }

    private static void fill(
            Workbook workbook,
            AnalysisResult result,
            ExcelReportOptions options,
            CurveGrid grid,
            Progress progress,
            CancellationToken cancellation) {
        Styles styles = new Styles(workbook);
        ConcentrationUnit unit = options.unit();
        CurvePictures pictures = new CurvePictures(workbook, cancellation);
        boolean draw = options.curvePictures() && !grid.ordered().isEmpty();
        List<Integer> thumbnails = List.of();
        if (draw) {
            List<CurvePlotData> charts =
                    grid.ordered().stream().map(c -> CurvePlotData.of(c, unit)).toList();
            thumbnails = pictures.add(
                    charts,
                    ChartStyle.THUMBNAIL,
                    SummarySheet.THUMB_WIDTH,
                    SummarySheet.THUMB_HEIGHT,
                    n -> progress.step("Drawing thumbnails", n));
        }
        SummarySheet.write(workbook, styles, grid, unit, thumbnails);
        String primary = options.primaryAssay().orElse("");
        if (grid.ordered().isEmpty()) {
            workbook.createSheet(SelectivitySheet.NAME);
        } else {
            SelectivityTable table = SelectivityTable.of(grid.ordered(), Optional.of(primary));
            SelectivitySheet.write(workbook, styles, table, unit);
        }
        QcSheet.write(workbook, styles, result.plates());
        List<Integer> singles = List.of();
        List<Integer> overlays = List.of();
        if (draw) {
            singles = pictures.add(
                    grid.ordered().stream().map(c -> CurvePlotData.of(c, unit)).toList(),
                    ChartStyle.FULL,
                    CurvesSheet.WIDTH,
                    CurvesSheet.HEIGHT,
                    n -> progress.step("Drawing curves", n));
            if (CurvesSheet.hasOverlay(grid)) {
                overlays = pictures.add(
                        overlayCharts(grid, unit),
                        ChartStyle.FULL,
                        CurvesSheet.WIDTH,
                        CurvesSheet.HEIGHT,
                        n -> progress.step("Drawing overlays", n));
            }
        }
        CurvesSheet.write(workbook, styles, grid, primary, unit, singles, overlays);
        int[] plates = {0};
        DataSheet.write(
                workbook,
                styles,
                result.plates(),
                unit,
                cancellation,
                () -> progress.step("Writing well data", ++plates[0]));
        MethodsSheet.write(workbook, styles, result, options);
    }

    private static List<CurvePlotData> overlayCharts(CurveGrid grid, ConcentrationUnit unit) {
        List<CurvePlotData> charts = new ArrayList<>();
        for (CurveGrid.Block block : grid.blocks()) {
            charts.add(CurvePlotData.overlay(block.compound(), block.curves(), unit));
        }
        return charts;
    }

    private static long total(AnalysisResult result, CurveGrid grid, ExcelReportOptions options) {
        long pictures = options.curvePictures()
                ? 2L * grid.ordered().size() + grid.blocks().size()
                : 0;
        return pictures + result.plates().size();
    }

    /** Counts units across the stages: each stage reports its own count, this adds what came before. */
    private static final class Progress {
        private final ProgressSink sink;
        private final long total;
        private long base;
        private String stage = "";
        private long lastInStage;

        Progress(ProgressSink sink, long total) {
            this.sink = sink;
            this.total = total;
        }

        void step(String name, long doneInStage) {
            if (!name.equals(stage)) {
                base += lastInStage;
                stage = name;
            }
            lastInStage = doneInStage;
            sink.report(name, Math.min(total, base + doneInStage), total);
        }
    }
}
