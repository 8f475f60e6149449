/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.hillfit.project.InputCheck;
import org.hillfit.project.OpenedProject;
import org.hillfit.project.ProjectException;
import org.hillfit.project.ProjectStore;
import org.hillfit.project.ReviewContext;
import org.hillfit.report.ControlChartCsvWriter;
import org.hillfit.report.NumberText;
import org.hillfit.report.ReplicateCsvWriter;
import org.hillfit.result.ControlChart;
import org.hillfit.result.ControlPoint;
import org.hillfit.result.ReplicateRun;
import org.hillfit.result.ReplicateSummarizer;
import org.hillfit.result.ReplicateSummary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code hillfit summarize}: several projects → replicate means per compound and reference control charts. */
@Command(
        name = "summarize",
        mixinStandardHelpOptions = true,
        description = "Combine saved projects (runs) into one row per assay and compound: geometric mean IC50 (mean"
                + " pIC50) with SD and n, qualified values by the bounded rule, outlier runs flagged. Curves rejected"
                + " in review, on failed plates or with ambiguous fits are listed but not counted. With a reference"
                + " compound per assay, also its control chart: pIC50 per run against mean ± 2 SD of the earlier"
                + " runs, and the assay's MSR = 10^(2·√2·SD).",
        footer = {
            "",
            "Examples:",
            "  hillfit summarize day1.hillfit day2.hillfit day3.hillfit --out summary.csv",
            "  hillfit summarize runs/*.hillfit --out summary.csv --replicates-csv reps.csv",
            "  hillfit summarize *.hillfit --reference TYK2=HF-001 --reference-csv ref.csv"
        })
final class SummarizeCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PROJECT.hillfit", arity = "1..*", description = "Projects, one per run.")
    private List<Path> projects;

    @Option(names = "--out", paramLabel = "summary.csv", description = "One row per assay and compound.")
    private Path summaryCsv;

    @Option(
            names = "--replicates-csv",
            paramLabel = "replicates.csv",
            description = "Every replicate and why it" + " does or does not count.")
    private Path replicatesCsv;

    @Option(
            names = "--reference-csv",
            paramLabel = "reference.csv",
            description = "Control chart of each assay's" + " reference compound.")
    private Path referenceCsv;

    @Option(
            names = "--reference",
            paramLabel = "ASSAY=COMPOUND",
            description = "An assay's reference compound" + " (default: as marked in the projects).")
    private Map<String, String> references = new LinkedHashMap<>();

    @Option(
            names = "--outlier-log",
            paramLabel = "LOG",
            defaultValue = "0.5",
            description = "Flag a run whose log10"
                    + " IC50 lies further than this from the mean of the others (default: 0.5, about 3-fold).")
    private double outlierLog;

    @Mixin
    private DebugMixin debug;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws ProjectException, IOException {
        if (summaryCsv == null && replicatesCsv == null && referenceCsv == null) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "name at least one output: --out, --replicates-csv or --reference-csv");
        }
        if (!(outlierLog > 0)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--outlier-log must be > 0");
        }
        OutputFolders.check(summaryCsv, replicatesCsv, referenceCsv);
        PrintWriter err = spec.commandLine().getErr();
        ProjectStore store = new ProjectStore();
        List<ReplicateRun> runs = new ArrayList<>();
        Map<String, String> marked = new LinkedHashMap<>();
        for (Path project : projects) {
            OpenedProject opened = store.open(project, ReviewContext.system());
            opened.problems().stream().map(InputCheck::message).forEach(m -> err.println("hillfit: warning: " + m));
            opened.auditWarning().ifPresent(w -> err.println("hillfit: warning: " + project + ": " + w));
            opened.session().references().forEach(marked::putIfAbsent);
            runs.add(new ReplicateRun(runLabel(project), opened.session().result()));
        }
        marked.putAll(references);
        List<ReplicateSummary> summaries = ReplicateSummarizer.summarize(runs, outlierLog);
        List<ControlChart> charts = ControlChart.forReferences(summaries, marked);
        if (summaryCsv != null) {
            ReplicateCsvWriter.writeSummary(summaries, summaryCsv);
        }
        if (replicatesCsv != null) {
            ReplicateCsvWriter.writeReplicates(summaries, replicatesCsv);
        }
        if (referenceCsv != null) {
            ControlChartCsvWriter.write(charts, referenceCsv);
        }
        print(summaries, charts, marked);
        return 0;
    }

    private void print(List<ReplicateSummary> summaries, List<ControlChart> charts, Map<String, String> marked) {
        PrintWriter out = spec.commandLine().getOut();
        long assays = summaries.stream().map(ReplicateSummary::assay).distinct().count();
        long outliers = summaries.stream()
                .mapToLong(s -> s.replicates().stream().filter(r -> r.outlier()).count())
                .sum();
        out.printf(
                "%d compound(s) in %d assay(s) from %d run(s); %d outlier replicate(s)%n",
                summaries.size(), assays, projects.size(), outliers);
        for (ControlChart chart : charts) {
            List<String> outside =
                    chart.outsideLimits().stream().map(ControlPoint::run).toList();
            out.printf(
                    "reference %s / %s: %d run(s), mean pIC50 %s, MSR %s, %d outside limits%s%n",
                    chart.assay(),
                    chart.compound(),
                    chart.n(),
                    NumberText.decimals(chart.meanPIc50(), 2),
                    chart.n() >= 2 ? NumberText.significant(chart.msr(), 3) : "n/a (needs 2 runs)",
                    outside.size(),
                    outside.isEmpty() ? "" : " (" + String.join(", ", outside) + ")");
        }
        if (referenceCsv != null && marked.isEmpty()) {
            spec.commandLine()
                    .getErr()
                    .println("hillfit: warning: no reference compound is marked; name one with"
                            + " --reference ASSAY=COMPOUND");
        }
    }

    /** "day1" for "runs/day1.hillfit". */
    private static String runLabel(Path project) {
        String name = String.valueOf(project.getFileName());
        return name.endsWith(ProjectStore.EXTENSION)
                ? name.substring(0, name.length() - ProjectStore.EXTENSION.length())
                : name;
    }
}
