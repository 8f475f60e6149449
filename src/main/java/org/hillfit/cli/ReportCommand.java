/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.hillfit.project.AnalysisSession;
import org.hillfit.project.InputCheck;
import org.hillfit.project.OpenedProject;
import org.hillfit.project.ProjectException;
import org.hillfit.project.ProjectStore;
import org.hillfit.project.ReviewContext;
import org.hillfit.result.AnalysisResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code hillfit report}: a saved project → Excel report and CSV tables, with its masks, decisions and audit. */
@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        description = "Recompute a saved project (masks, decisions and settings as reviewed) and write its report."
                + " The inputs' values are embedded in the project, so moved or deleted exports are not needed.",
        footer = {
            "",
            "Examples:",
            "  hillfit report screen-2025-03-14.hillfit --out report.xlsx",
            "  hillfit report screen.hillfit --results-csv results.csv --qc-csv qc.csv",
            "  hillfit report screen.hillfit --out report.xlsx --primary-assay JAK1 \\",
            "      --curves-dir curves"
        })
final class ReportCommand implements Callable<Integer> {

    @Parameters(
            paramLabel = "PROJECT.hillfit",
            description = "A project saved by 'hillfit analyze --save' or the" + " workbench.")
    private Path project;

    @Mixin
    private OutputMixin outputs;

    @Mixin
    private DebugMixin debug;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws ProjectException, IOException {
        if (outputs.isEmpty()) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "name at least one output: --out, --results-csv or --qc-csv");
        }
        outputs.check();
        OpenedProject opened = new ProjectStore().open(project, ReviewContext.system());
        for (InputCheck check : opened.problems()) {
            spec.commandLine().getErr().println("hillfit: warning: " + check.message());
        }
        opened.auditWarning()
                .ifPresent(w -> spec.commandLine().getErr().println("hillfit: warning: " + project + ": " + w));
        AnalysisSession session = opened.session();
        AnalysisResult result = session.result();
        outputs.write(result, outputs.excelOptions(result, session.referenceCharts()));
        spec.commandLine()
                .getOut()
                .printf(
                        "%d plate(s), %d curve(s) reported from %s%n",
                        result.plates().size(), result.curves().size(), project.getFileName());
        return 0;
    }
}
