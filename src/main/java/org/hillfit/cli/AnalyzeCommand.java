/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.hillfit.io.ImportContext;
import org.hillfit.io.ImportException;
import org.hillfit.io.ImporterRegistry;
import org.hillfit.job.CancellationToken;
import org.hillfit.job.ProgressSink;
import org.hillfit.plate.LayoutSet;
import org.hillfit.project.AnalysisException;
import org.hillfit.project.AnalysisPipeline;
import org.hillfit.project.AnalysisSession;
import org.hillfit.project.LayoutSources;
import org.hillfit.project.ProjectStore;
import org.hillfit.project.ReviewContext;
import org.hillfit.project.SessionRequest;
import org.hillfit.result.AnalysisResult;
import org.hillfit.result.AnalysisSettings;
import org.hillfit.result.InputSpec;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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
            "  hillfit analyze TYK2.envision.csv --layout layout.csv \\",
            "      --results-csv results.csv --out report.xlsx",
            "  hillfit analyze TYK2.csv JAK1.csv --layout layout.csv --qc-csv qc.csv",
            "  hillfit analyze plate.csv --assay TYK2 --readout acceptor \\",
            "      --layout layout.csv --results-csv r.csv",
            "  hillfit analyze pstat4/fcs --layout layout.csv --readout mfi \\",
            "      --results-csv r.csv",
            "  hillfit analyze TYK2.csv --layout grid.xlsx --control-statistic mean",
            "  hillfit analyze TYK2.csv \\",
            "      --layout 'template:384 · 16 cpds × 10 pts × 2 · controls cols 1–2/23–24'",
            "  hillfit analyze TYK2.csv --layout layout.csv --mask-control-outliers",
            "  hillfit analyze TYK2.csv --layout layout.csv --reference HF-003 \\",
            "      --reference-scale plateau --z-prime-pass 0.6",
            "  hillfit analyze TYK2.csv JAK1.csv --layout layout.csv \\",
            "      --save screen-2025-03-14.hillfit",
            "  hillfit analyze TYK2.csv JAK1.csv JAK2.csv --layout layout.csv \\",
            "      --out report.xlsx --primary-assay TYK2",
            "  hillfit analyze TYK2.csv --layout layout.csv --curves-dir curves \\",
            "      --image-format svg",
            "",
            "Layouts: long CSV/XLSX (well,role,compound,concentration,unit; optional",
            "plate and flag columns, e.g. from 'hillfit layout echo'), titled grids",
            "(role, compound, concentration [unit]) in CSV or XLSX, a layout template",
            "file, or template:NAME (see 'hillfit layout templates')."
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

    @Mixin
    private TemplateFolderMixin templateFolder;

    @Option(
            names = "--assay",
            paramLabel = "NAME",
            description = "Assay/target name for every plate (default: each input's name up to its first dot).")
    private String assay;

    @Option(
            names = "--save",
            paramLabel = "project.hillfit",
            description = "Also save the analysis as a project (parsed inputs embedded) to review in the workbench,"
                    + " report with 'hillfit report' or combine with 'hillfit summarize'.")
    private Path project;

    @Mixin
    private ImportMixin importing;

    @Mixin
    private SettingsMixin settings;

    @Mixin
    private OutputMixin outputs;

    @Mixin
    private DebugMixin debug;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws ImportException, AnalysisException, IOException {
        outputs.check(project);
        AnalysisSettings analysisSettings = settings.settings();
        LayoutSet layouts = LayoutSources.load(
                layout, templateFolder.store(), new ImportContext(importing.limits(), CancellationToken.none()));
        List<InputSpec> specs = new ArrayList<>();
        for (Path input : inputs) {
            specs.add(new InputSpec(input, assay != null ? assay : InputSpec.defaultAssay(input), importing.format()));
        }
        AnalysisPipeline pipeline =
                new AnalysisPipeline(ImporterRegistry.builtIn(), importing.limits(), importing.flow());
        ProgressSink progress = TerminalProgress.on(spec.commandLine().getErr());
        AnalysisResult result;
        if (project != null) {
            AnalysisSession session = AnalysisSession.create(
                    pipeline,
                    new SessionRequest(specs, layouts, layout, analysisSettings),
                    ReviewContext.system(),
                    progress,
                    CancellationToken.none());
            result = session.result();
            outputs.write(result, outputs.excelOptions(result, session.referenceCharts()));
            new ProjectStore().save(session, project);
        } else {
            result = pipeline.run(specs, layouts, layout, analysisSettings, progress, CancellationToken.none());
            outputs.write(result, outputs.excelOptions(result, List.of()));
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
}
