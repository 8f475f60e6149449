/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.hillfit.analysis.ReadoutSpec;
import org.hillfit.io.ImportContext;
import org.hillfit.io.ImportException;
import org.hillfit.io.ImporterRegistry;
import org.hillfit.io.layout.LongLayoutReader;
import org.hillfit.job.CancellationToken;
import org.hillfit.plate.PlateLayout;
import org.hillfit.project.AnalysisException;
import org.hillfit.project.AnalysisPipeline;
import org.hillfit.report.CurveImageExporter;
import org.hillfit.report.ExcelReportOptions;
import org.hillfit.report.ExcelReportWriter;
import org.hillfit.report.QcCsvWriter;
import org.hillfit.report.ResultsCsvWriter;
import org.hillfit.report.WellsCsvWriter;
import org.hillfit.result.AnalysisResult;
import org.hillfit.result.AnalysisSettings;
import org.hillfit.result.InputSpec;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code hillfit analyze}: exports + layout → curves → results CSV, QC CSV, Excel report. */
@Command(
        name = "analyze",
        mixinStandardHelpOptions = true,
        description = "Import plate exports, normalise against the layout's controls, fit every compound and write"
                + " the results.",
        footer = {
            "",
            "Examples:",
            "  hillfit analyze TYK2.envision.csv --layout layout.csv --results-csv results.csv --out report.xlsx",
            "  hillfit analyze TYK2.csv JAK1.csv --layout layout.csv --qc-csv qc.csv",
            "  hillfit analyze plate.csv --assay TYK2 --readout acceptor --layout layout.csv --results-csv r.csv",
            "  hillfit analyze TYK2.csv JAK1.csv JAK2.csv --layout layout.csv --out report.xlsx --primary-assay TYK2",
            "  hillfit analyze TYK2.csv --layout layout.csv --curves-dir curves --image-format svg"
        })
final class AnalyzeCommand implements Callable<Integer> {

    @Parameters(
            paramLabel = "INPUT",
            arity = "1..*",
            description = "Export files (a folder of FCS files is one plate).")
    private List<Path> inputs;

    @Option(
            names = "--layout",
            required = true,
            paramLabel = "LAYOUT.csv",
            description = "Plate map with header well,role,compound,concentration,unit.")
    private Path layout;

    @Option(
            names = "--assay",
            paramLabel = "NAME",
            description = "Assay/target name for every plate (default: each input's name up to its first dot).")
    private String assay;

    @Option(
            names = "--format",
            defaultValue = ImporterRegistry.AUTO,
            paramLabel = "auto|NAME",
            description = "Importer to use (default: detected from the content; see 'hillfit formats').")
    private String format;

    @Option(
            names = "--readout",
            defaultValue = "auto",
            paramLabel = "READOUT",
            description = "auto, ratio, acceptor, donor, deltaf, mfi, pct-positive, or a channel name (default: auto).")
    private String readout;

    @Option(names = "--out", paramLabel = "report.xlsx", description = "Excel report to write.")
    private Path excel;

    @Option(names = "--results-csv", paramLabel = "results.csv", description = "Results table to write.")
    private Path resultsCsv;

    @Option(names = "--qc-csv", paramLabel = "qc.csv", description = "Plate QC table to write.")
    private Path qcCsv;

    @Option(
            names = "--primary-assay",
            paramLabel = "NAME",
            description = "Assay the report's selectivity folds are taken over (default: the first assay).")
    private String primaryAssay;

    @Option(names = "--wells-csv", paramLabel = "wells.csv", description = "Per-well table of analysed data to write.")
    private Path wellsCsv;

    @Option(
            names = "--curves-dir",
            paramLabel = "DIR",
            description = "Folder to write a picture of every curve (and an overlay per compound) into.")
    private Path curvesDir;

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

    @Option(names = "--debug", description = "Show stack traces of errors.")
    private boolean debug;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws ImportException, AnalysisException, IOException {
        if (dpi < 72 || dpi > 1200) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--dpi must be between 72 and 1200; got " + dpi);
        }
        PlateLayout plateLayout = LongLayoutReader.read(layout, ImportContext.defaults());
        List<InputSpec> specs = new ArrayList<>();
        for (Path input : inputs) {
            specs.add(new InputSpec(input, assay != null ? assay : InputSpec.defaultAssay(input), format));
        }
        AnalysisSettings settings = AnalysisSettings.DEFAULT.withReadout(ReadoutSpec.parse(readout));
        AnalysisResult result = new AnalysisPipeline(ImporterRegistry.builtIn())
                .run(
                        specs,
                        plateLayout,
                        layout.toString(),
                        settings,
                        TerminalProgress.on(spec.commandLine().getErr()),
                        CancellationToken.none());
        // Checked before anything is written, so a wrong name leaves no output behind.
        ExcelReportOptions reportOptions = reportOptions(result);
        writeOutputs(result, reportOptions);
        spec.commandLine()
                .getOut()
                .printf(
                        "%d plate(s), %d curve(s) analysed%n",
                        result.plates().size(), result.curves().size());
        return 0;
    }

    private ExcelReportOptions reportOptions(AnalysisResult result) {
        ExcelReportOptions reportOptions = ExcelReportOptions.defaults();
        if (primaryAssay == null) {
            return reportOptions;
        }
        List<String> assays =
                result.curves().stream().map(c -> c.assay()).distinct().toList();
        if (!assays.contains(primaryAssay)) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(),
                    "--primary-assay '" + primaryAssay + "' is not one of the assays analysed: "
                            + String.join(", ", assays));
        }
        return reportOptions.withPrimaryAssay(primaryAssay);
    }

    private void writeOutputs(AnalysisResult result, ExcelReportOptions reportOptions) throws IOException {
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
                    reportOptions,
                    excel,
                    TerminalProgress.on(spec.commandLine().getErr()),
                    CancellationToken.none());
        }
    }
}
