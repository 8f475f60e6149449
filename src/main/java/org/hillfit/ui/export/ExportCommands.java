/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.export;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.concurrent.Task;
import org.hillfit.project.AnalysisSession;
import org.hillfit.report.CurveImageExporter;
import org.hillfit.report.ExcelReportOptions;
import org.hillfit.report.ExcelReportWriter;
import org.hillfit.report.QcCsvWriter;
import org.hillfit.report.ResultsCsvWriter;
import org.hillfit.result.AnalysisResult;
import org.hillfit.ui.session.Feedback;
import org.hillfit.ui.session.FileDialogs;
import org.hillfit.ui.session.SessionModel;
import org.hillfit.ui.settings.SettingsStore;
import org.hillfit.ui.task.FxJobRunner;
import org.hillfit.ui.task.Job;

/**
 * The Export menu: the Excel report, the results and QC tables as CSV, and curve pictures (PNG or SVG). Each asks
 * where to write (starting in the last export folder), writes in the background with progress and cancel (files
 * are written atomically, so a cancelled or failed export leaves nothing half-written), and says where it wrote.
 */
public final class ExportCommands {
    private final SessionModel model;
    private final FxJobRunner jobs;
    private final FileDialogs dialogs;
    private final Feedback feedback;
    private final ExportTarget target;
    private final Supplier<String> primaryAssay;

    /**
     * @param primaryAssay the assay the selectivity folds are taken over ("" for the first)
     */
    public ExportCommands(
            SessionModel model,
            FxJobRunner jobs,
            SettingsStore settings,
            FileDialogs dialogs,
            Feedback feedback,
            Supplier<String> primaryAssay) {
        this.model = model;
        this.jobs = jobs;
        this.dialogs = dialogs;
        this.feedback = feedback;
        this.target = new ExportTarget(model, settings);
        this.primaryAssay = primaryAssay;
    }

    /** Writes the Excel report (Summary, Selectivity, QC, Curves, Data, Methods with the audit trail). */
    public Optional<Task<Path>> excel() {
        Optional<AnalysisSession> session = model.current();
        Optional<Path> file = session.flatMap(s -> dialogs.saveFile(
                "Save the Excel report",
                target.folder(),
                target.name("-report.xlsx"),
                List.of("Excel workbook", "*.xlsx")));
        return file.map(f -> write("Writing the Excel report", f, (sink, token) -> {
            ExcelReportOptions options = ExcelReportOptions.defaults()
                    .withAuditTrail(session.get().audit())
                    .withReferenceCharts(session.get().referenceCharts());
            String primary = primaryAssay.get();
            if (!primary.isEmpty()) {
                options = options.withPrimaryAssay(primary);
            }
            ExcelReportWriter.write(session.get().result(), options, f, sink, token);
            return f;
        }));
    }

    /** Writes the results table ({@code hillfit analyze --results-csv}). */
    public Optional<Task<Path>> resultsCsv() {
        return csv("Save the results table", "-results.csv", ResultsCsvWriter::write);
    }

    /** Writes the plate QC table ({@code hillfit analyze --qc-csv}). */
    public Optional<Task<Path>> qcCsv() {
        return csv("Save the plate QC table", "-qc.csv", QcCsvWriter::write);
    }

    /** Writes one picture per curve and per-compound overlays into a folder. */
    public Optional<Task<List<Path>>> curveImages(CurveImageExporter.Format format) {
        Optional<AnalysisSession> session = model.current();
        Optional<Path> folder = session.flatMap(s -> dialogs.folder("Write curve pictures into", target.folder()));
        return folder.map(f -> {
            target.remember(f, true);
            CurveImageExporter.Options options = CurveImageExporter.Options.DEFAULT.with(format, 300);
            return jobs.submit(
                    "Writing curve pictures",
                    (sink, token) ->
                            CurveImageExporter.write(session.get().result().curves(), f, options, sink, token),
                    written -> feedback.status("Wrote " + written.size() + " "
                            + format.extension().toUpperCase(java.util.Locale.ROOT) + " pictures into " + f),
                    message -> feedback.problem("Export failed", f + ": " + message));
        });
    }

    /** A CSV writer of the report package. */
    @FunctionalInterface
    private interface CsvWriter {
        void write(AnalysisResult result, Path target) throws java.io.IOException;
    }

    private Optional<Task<Path>> csv(String title, String suffix, CsvWriter writer) {
        Optional<AnalysisSession> session = model.current();
        Optional<Path> file = session.flatMap(s -> dialogs.saveFile(
                title, target.folder(), target.name(suffix), List.of("CSV (comma-separated)", "*.csv")));
        return file.map(f -> write(title, f, (sink, token) -> {
            writer.write(session.get().result(), f);
            return f;
        }));
    }

    private Task<Path> write(String title, Path file, Job<Path> job) {
        target.remember(file, false);
        return jobs.submit(
                title,
                job,
                written -> feedback.status("Written: " + written),
                message -> feedback.problem("Export failed", file + ": " + message));
    }
}
