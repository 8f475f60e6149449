/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.hillfit.analysis.ControlOutlierRule;
import org.hillfit.analysis.ControlStatistic;
import org.hillfit.analysis.NormalizationOptions;
import org.hillfit.analysis.QcThresholds;
import org.hillfit.analysis.ReadoutSpec;
import org.hillfit.analysis.ReferenceScaling;
import org.hillfit.io.ImportContext;
import org.hillfit.io.ImportException;
import org.hillfit.io.ImportLimits;
import org.hillfit.io.ImporterRegistry;
import org.hillfit.io.flow.FlowImportOptions;
import org.hillfit.job.CancellationToken;
import org.hillfit.plate.LayoutSet;
import org.hillfit.project.AnalysisException;
import org.hillfit.project.AnalysisPipeline;
import org.hillfit.project.AnalysisSession;
import org.hillfit.project.LayoutSources;
import org.hillfit.project.LayoutTemplateStore;
import org.hillfit.project.ProjectStore;
import org.hillfit.project.ReviewContext;
import org.hillfit.project.SessionRequest;
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
            "  hillfit analyze pstat4/fcs --layout layout.csv --readout mfi --results-csv r.csv",
            "  hillfit analyze TYK2.csv --layout grid.xlsx --control-statistic mean",
            "  hillfit analyze TYK2.csv --layout 'template:384 · 16 cpds × 10 pts × 2 · …'",
            "  hillfit analyze TYK2.csv --layout layout.csv --mask-control-outliers",
            "  hillfit analyze TYK2.csv --layout layout.csv --reference HF-003 \\",
            "      --reference-scale plateau --z-prime-pass 0.6",
            "",
            "Layouts: long CSV/XLSX (well,role,compound,concentration,unit; optional",
            "plate and flag columns, e.g. from 'hillfit layout echo'), titled grids",
            "(role, compound, concentration [unit]) in CSV or XLSX, a layout template",
            "file, or template:NAME (see 'hillfit layout templates').",
            "  hillfit analyze TYK2.csv JAK1.csv --layout layout.csv --save screen-2025-03-14.hillfit",
            "  hillfit analyze TYK2.csv JAK1.csv JAK2.csv --layout layout.csv --out report.xlsx --primary-assay TYK2",
            "  hillfit analyze TYK2.csv --layout layout.csv --curves-dir curves --image-format svg"
        })
final class AnalyzeCommand implements Callable<Integer> {

    @Parameters(
            paramLabel = "INPUT",
            arity = "1..*",
            description = "Export files; a folder or zip of FCS files (one per well) is one plate.")
    private List<Path> inputs;

    @Option(
            names = "--layout",
            required = true,
            paramLabel = "LAYOUT",
            description = "Plate map: a long or grid layout (CSV/TSV/XLSX), a template file, or template:NAME.")
    private String layout;

    @Option(
            names = "--template-dir",
            paramLabel = "DIR",
            description = "Folder of layout templates (default: ~/.hillfit/templates).")
    private Path templateDir;

    @Option(
            names = "--control-statistic",
            defaultValue = "median",
            paramLabel = "median|mean",
            description = "Centre of the control wells for normalisation (default: median).")
    private ControlStatistic controlStatistic;

    @Option(
            names = "--z-prime-pass",
            defaultValue = "0.5",
            paramLabel = "Z",
            description = "Lowest Z' of a passing plate (default: 0.5).")
    private double zPrimePass;

    @Option(
            names = "--z-prime-warn",
            defaultValue = "0",
            paramLabel = "Z",
            description = "Lowest Z' that is not a failure (default: 0); a failed plate's curves are flagged.")
    private double zPrimeWarn;

    @Option(
            names = "--mask-control-outliers",
            description = "Mask control wells with |robust z| > 3.5 in their group (default: flag them only).")
    private boolean maskControlOutliers;

    @Option(
            names = "--reference",
            paramLabel = "COMPOUND",
            description = "Normalise 100 %% to this reference compound instead of the inhibitor controls.")
    private String reference;

    @Option(
            names = "--reference-scale",
            defaultValue = "fitted",
            paramLabel = "fitted|plateau",
            description = "With --reference: its fitted top/bottom, or its highest-dose plateau (default: fitted).")
    private String referenceScale;

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

    @Option(
            names = "--channel",
            paramLabel = "NAME",
            description = "Flow: the FCS parameter to report, by $PnN or $PnS (e.g. PE-A or pSTAT4; default: the"
                    + " parameter whose stain contains 'pSTAT').")
    private String channel;

    @Option(names = "--out", paramLabel = "report.xlsx", description = "Excel report to write.")
    private Path excel;

    @Option(names = "--results-csv", paramLabel = "results.csv", description = "Results table to write.")
    private Path resultsCsv;

    @Option(names = "--qc-csv", paramLabel = "qc.csv", description = "Plate QC table to write.")
    private Path qcCsv;

    @Option(
            names = "--save",
            paramLabel = "project.hillfit",
            description = "Also save the analysis as a project (parsed inputs embedded) to review in the workbench,"
                    + " report with 'hillfit report' or combine with 'hillfit summarize'.")
    private Path project;

    @Option(
            names = "--max-file-mb",
            defaultValue = "512",
            paramLabel = "MB",
            description = "Refuse input files (and workbooks expanding to) more than this many MiB (default: 512).")
    private long maxFileMb;

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

    private ImportLimits limits() {
        if (maxFileMb <= 0) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--max-file-mb must be a positive number of MiB; got " + maxFileMb);
        }
        return ImportLimits.DEFAULT.withMaxFileMegabytes(maxFileMb);
    }

    @Override
    public Integer call() throws ImportException, AnalysisException, IOException {
        OutputFolders.check(resultsCsv, qcCsv, excel, project);
        if (dpi < 72 || dpi > 1200) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--dpi must be between 72 and 1200; got " + dpi);
        }
        AnalysisSettings settings =
                AnalysisSettings.DEFAULT.withReadout(ReadoutSpec.parse(readout)).withNormalization(normalization());
        LayoutSet layouts = LayoutSources.load(
                layout,
                new LayoutTemplateStore(templateDir != null ? templateDir : LayoutTemplateStore.defaultFolder()),
                new ImportContext(limits(), CancellationToken.none()));
        List<InputSpec> specs = new ArrayList<>();
        for (Path input : inputs) {
            specs.add(new InputSpec(input, assay != null ? assay : InputSpec.defaultAssay(input), format));
        }
        FlowImportOptions flow = FlowImportOptions.DEFAULT.withReadoutChannel(Optional.ofNullable(channel));
        AnalysisPipeline pipeline = new AnalysisPipeline(ImporterRegistry.builtIn(), limits(), flow);
        AnalysisResult result;
        if (project != null) {
            AnalysisSession session = AnalysisSession.create(
                    pipeline,
                    new SessionRequest(specs, layouts, layout, settings),
                    ReviewContext.system(),
                    TerminalProgress.on(spec.commandLine().getErr()),
                    CancellationToken.none());
            result = session.result();
            writeOutputs(result, reportOptions(result));
            new ProjectStore().save(session, project);
        } else {
            result = pipeline.run(
                    specs,
                    layouts,
                    layout,
                    settings,
                    TerminalProgress.on(spec.commandLine().getErr()),
                    CancellationToken.none());
            // checked before anything is written, so a wrong name leaves no output behind
            writeOutputs(result, reportOptions(result));
        }
        spec.commandLine()
                .getOut()
                .printf(
                        "%d plate(s), %d curve(s) analysed%n",
                        result.plates().size(), result.curves().size());
        QcSummaryPrinter.print(
                result, spec.commandLine().getOut(), spec.commandLine().getErr());
        return 0;
    }

    private NormalizationOptions normalization() {
        QcThresholds thresholds;
        try {
            thresholds = new QcThresholds(zPrimePass, zPrimeWarn);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--z-prime-warn/--z-prime-pass: " + e.getMessage());
        }
        ReferenceScaling.Mode mode = ReferenceScaling.Mode.parse(referenceScale)
                .orElseThrow(() -> new CommandLine.ParameterException(
                        spec.commandLine(),
                        "--reference-scale must be fitted or plateau; got '" + referenceScale + "'"));
        NormalizationOptions options = NormalizationOptions.DEFAULT
                .withControlStatistic(controlStatistic)
                .withQcThresholds(thresholds)
                .withOutlierRule(ControlOutlierRule.DEFAULT.withMask(maskControlOutliers));
        if (reference != null) {
            options = options.withReference(Optional.of(new ReferenceScaling(reference, mode)));
        }
        return options;
    }

    private ExcelReportOptions reportOptions(AnalysisResult result) {
        ExcelReportOptions reportOptions = ExcelReportOptions.defaults().withAuditTrail(result.audit());
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
