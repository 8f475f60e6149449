/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code hillfit} command and its subcommands. */
@Command(
        name = "hillfit",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Dose-response curves and IC50s from plate-reader and flow-cytometry exports.",
        subcommands = {
            AnalyzeCommand.class,
            ReportCommand.class,
            SummarizeCommand.class,
            FitCommand.class,
            ConvertCommand.class,
            FormatsCommand.class,
            BenchCommand.class,
            LayoutCommand.class,
            CommandLine.HelpCommand.class
        },
        footer = {
            "",
            "Without a command, hillfit opens the workbench; 'hillfit open FILE|FOLDER...'",
            "opens it with exports (in the import dialog) or a .hillfit project.",
            "Run 'hillfit COMMAND --help' for a command's options and examples.",
            "Exit codes: 0 success, 1 bad input, 2 usage error."
        })
public final class HillfitCli implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** Runs the command line and returns the exit code. */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /** The configured command line (tests use it with their own writers). */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new HillfitCli());
        cli.setExecutionExceptionHandler(new InputErrorHandler());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        return cli;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(
                spec.commandLine(),
                "name a command: analyze, report, summarize, fit, convert, "
                        + "formats, bench or layout (without arguments, hillfit opens the workbench)");
    }
}
