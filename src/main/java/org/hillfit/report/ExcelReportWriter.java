/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.report;

import java.io.IOException;
import java.nio.file.Path;
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
 * assay), QC (per plate with coloured verdicts, then per assay), Masks (every masked well with reason, author and
 * time), Reference (control charts of reference compounds, when the options carry any), Curves (charts with their
 * parameters), Data (every well, streamed) and Methods (settings, rules, inputs with SHA-256, the session's audit
 * trail). Numbers are stored as numbers, equal to the results CSV; text is always text, never a formula. Written to
 * a temporary file and moved into place, so a failure or a cancellation leaves any previous report untouched.
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
     * @param progress told about pictures drawn and plates written
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
        ExcelReportOptions resolved = withPrimaryAssay(options, grid);
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROW_WINDOW)) { // close() also deletes its temp files
            workbook.setCompressTempFiles(true);
            new Job(workbook, result, resolved, grid, progress, cancellation).fill();
            cancellation.throwIfCancelled();
            AtomicFiles.write(target, workbook::write);
        }
        LOGGER.info(
                "Excel report {}: {} curves, {} plates in {} ms",
                target.getFileName(),
                grid.ordered().size(),
                result.plates().size(),
                (System.nanoTime() - start) / 1_000_000);
    }

    /** The options with the primary assay resolved (the first assay unless chosen), checked against the result. */
    private static ExcelReportOptions withPrimaryAssay(ExcelReportOptions options, CurveGrid grid) {
        if (grid.assays().isEmpty()) {
            return options;
        }
        String primary = options.primaryAssay().orElse(grid.assays().get(0));
        if (!grid.assays().contains(primary)) {
            throw new IllegalArgumentException(
                    "the primary assay '" + primary + "' is not among the assays " + grid.assays());
        }
        return options.withPrimaryAssay(primary);
    }

    /** One workbook being filled. */
    private static final class Job {
        private final Workbook workbook;
        private final AnalysisResult result;
        private final ExcelReportOptions options;
        private final CurveGrid grid;
        private final Progress progress;
        private final CancellationToken cancellation;
        private final Styles styles;
        private final CurvePictures pictures;
        private final ConcentrationUnit unit;

        Job(
                Workbook workbook,
                AnalysisResult result,
                ExcelReportOptions options,
                CurveGrid grid,
                ProgressSink sink,
                CancellationToken cancellation) {
            this.workbook = workbook;
            this.result = result;
            this.options = options;
            this.grid = grid;
            this.cancellation = cancellation;
            this.styles = new Styles(workbook);
            this.pictures = new CurvePictures(workbook, cancellation);
            this.unit = options.unit();
            this.progress = new Progress(sink, total());
        }

        void fill() {
            boolean draw = options.curvePictures() && !grid.ordered().isEmpty();
            List<Integer> thumbnails = draw ? draw(ChartStyle.THUMBNAIL, "Drawing thumbnails") : List.of();
            SummarySheet.write(workbook, styles, grid, unit, thumbnails);
            String primary = options.primaryAssay().orElse("");
            if (grid.ordered().isEmpty()) {
                workbook.createSheet(SelectivitySheet.NAME);
            } else {
                SelectivitySheet.write(
                        workbook, styles, SelectivityTable.of(grid.ordered(), Optional.of(primary)), unit);
            }
            QcSheet.write(workbook, styles, result.plates(), result.assayQc());
            MasksSheet.write(workbook, styles, result.plates());
            if (!options.referenceCharts().isEmpty()) {
                ReferenceSheetWriter.fill(
                        workbook.createSheet(ReferenceSheetWriter.NAME), styles, options.referenceCharts());
            }
            CurvesSheet.write(workbook, styles, grid, primary, unit, curvePictures(draw, thumbnails), curvesNote());
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

        private boolean fullSize() {
            return grid.ordered().size() <= options.fullChartLimit();
        }

        /** Full-size charts and overlays for a run within the limit; the thumbnails again for a larger one. */
        private CurvesSheet.Pictures curvePictures(boolean draw, List<Integer> thumbnails) {
            if (!draw) {
                return CurvesSheet.Pictures.NONE;
            }
            if (!fullSize()) {
                return new CurvesSheet.Pictures(
                        thumbnails, List.of(), SummarySheet.THUMB_WIDTH, SummarySheet.THUMB_HEIGHT);
            }
            List<Integer> singles = draw(ChartStyle.FULL, "Drawing curves");
            List<Integer> overlays = List.of();
            if (CurvesSheet.hasOverlay(grid)) {
                List<CurvePlotData> charts = grid.blocks().stream()
                        .map(b -> CurvePlotData.overlay(b.compound(), b.curves(), unit))
                        .toList();
                overlays = pictures.add(
                        charts,
                        ChartStyle.FULL,
                        CurvesSheet.WIDTH,
                        CurvesSheet.HEIGHT,
                        n -> progress.step("Drawing overlays", n));
            }
            return new CurvesSheet.Pictures(singles, overlays, CurvesSheet.WIDTH, CurvesSheet.HEIGHT);
        }

        private String curvesNote() {
            if (!options.curvePictures() || fullSize()) {
                return "";
            }
            return grid.ordered().size() + " curves: charts are drawn full size up to " + options.fullChartLimit()
                    + " curves; here the thumbnails. Write full-size pictures with hillfit analyze --curves-dir.";
        }

        private List<Integer> draw(ChartStyle style, String stage) {
            List<CurvePlotData> charts =
                    grid.ordered().stream().map(c -> CurvePlotData.of(c, unit)).toList();
            boolean thumbnail = style == ChartStyle.THUMBNAIL;
            return pictures.add(
                    charts,
                    style,
                    thumbnail ? SummarySheet.THUMB_WIDTH : CurvesSheet.WIDTH,
                    thumbnail ? SummarySheet.THUMB_HEIGHT : CurvesSheet.HEIGHT,
                    n -> progress.step(stage, n));
        }

        private long total() {
            long curves = grid.ordered().size();
            long drawn = !options.curvePictures()
                    ? 0
                    : curves + (fullSize() ? curves + grid.blocks().size() : 0);
            return drawn + result.plates().size();
        }
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
