/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.hillfit.job.CancellationToken;
import org.hillfit.report.CurveImageExporter;
import org.hillfit.report.ExcelReportOptions;
import org.hillfit.report.ExcelReportWriter;
import org.hillfit.report.QcCsvWriter;
import org.hillfit.report.ResultsCsvWriter;
import org.hillfit.report.WellsCsvWriter;
import org.hillfit.result.AnalysisResult;
import org.hillfit.result.ControlChart;
import org.hillfit.result.CurveFit;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * What {@code analyze} and {@code report} write: the Excel report, the results, QC and wells CSVs and the curve
 * pictures, with the report's primary assay and the pictures' format. Checked before any work, written in one place.
 */
final class OutputMixin {
    @Option(names = "--out", paramLabel = "report.xlsx", description = "Excel report to write.")
    private @Nullable Path excel;

    @Option(names = "--results-csv", paramLabel = "results.csv", description = "Results table to write.")
    private @Nullable Path resultsCsv;

    @Option(names = "--qc-csv", paramLabel = "qc.csv", description = "Plate QC table to write.")
    private @Nullable Path qcCsv;

    @Option(names = "--wells-csv", paramLabel = "wells.csv", description = "Per-well table of analysed data to write.")
    private @Nullable Path wellsCsv;

    @Option(
            names = "--curves-dir",
            paramLabel = "DIR",
            description = "Folder to write a picture of every curve (and an overlay per compound) into.")
    private @Nullable Path curvesDir;

    @Option(
            names = "--image-format",
            defaultValue = "png",
            paramLabel = "png|svg",
            description = "Format of the --curves-dir pictures (default: png).")
    private CurveImageExporter.Format imageFormat;

    @Option(
            names = "--dpi",
            defaultValue = "300",
            paramLabel = "DPI",
            description = "Resolution of --curves-dir PNG pictures, 72-1200 (default: 300, for print).")
    private int dpi;

    @Option(
            names = "--primary-assay",
            paramLabel = "NAME",
            description = "Assay the report's selectivity folds are taken over (default: the first assay).")
    private @Nullable String primaryAssay;

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    /** True when no output is named. */
    boolean isEmpty() {
        return excel == null && resultsCsv == null && qcCsv == null && wellsCsv == null && curvesDir == null;
    }

    /**
     * Checks, before any work, that every output's folder exists (the curves folder's parent) and the picture
     * resolution.
     *
     * @param more other files the command writes (e.g. the project); {@code null} for one not asked for
     * @throws InputErrorException naming the first output whose folder does not exist
     * @throws CommandLine.ParameterException (a usage error) for a resolution outside 72–1200
     */
    void check(@Nullable Path... more) {
        List<@Nullable Path> outputs = new ArrayList<>(Arrays.asList(resultsCsv, qcCsv, wellsCsv, curvesDir, excel));
        outputs.addAll(Arrays.asList(more));
        OutputFolders.check(outputs.toArray(Path[]::new));
        if (dpi < 72 || dpi > 1200) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--dpi must be between 72 and 1200; got " + dpi);
        }
    }

    /**
     * The Excel report's options: the result's audit trail, the reference charts and the primary assay, checked
     * against the assays analysed (call before writing anything, so a wrong name leaves no output behind).
     *
     * @throws CommandLine.ParameterException (a usage error) when the primary assay was not analysed
     */
    ExcelReportOptions excelOptions(AnalysisResult result, List<ControlChart> references) {
        ExcelReportOptions options =
                ExcelReportOptions.defaults().withAuditTrail(result.audit()).withReferenceCharts(references);
        if (primaryAssay == null) {
            return options;
        }
        List<String> assays =
                result.curves().stream().map(CurveFit::assay).distinct().toList();
        if (!assays.contains(primaryAssay)) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(),
                    "--primary-assay '" + primaryAssay + "' is not one of the assays analysed: "
                            + String.join(", ", assays));
        }
        return options.withPrimaryAssay(primaryAssay);
    }

    /** Writes every output asked for, each atomically; progress bars on the command's stderr. */
    void write(AnalysisResult result, ExcelReportOptions options) throws IOException {
        if (resultsCsv != null) {
            ResultsCsvWriter.write(result, resultsCsv);
        }
        if (qcCsv != null) {
            QcCsvWriter.write(result, qcCsv);
        }
        if (wellsCsv != null) {
            WellsCsvWriter.write(result, wellsCsv);
        }
        if (curvesDir != null) {
            CurveImageExporter.write(
                    result.curves(),
                    curvesDir,
                    CurveImageExporter.Options.DEFAULT.with(imageFormat, dpi),
                    TerminalProgress.on(spec.commandLine().getErr()),
                    CancellationToken.none());
        }
        if (excel != null) {
            ExcelReportWriter.write(
                    result,
                    options,
                    excel,
                    TerminalProgress.on(spec.commandLine().getErr()),
                    CancellationToken.none());
        }
    }
}
