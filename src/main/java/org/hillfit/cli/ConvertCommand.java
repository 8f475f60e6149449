/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.hillfit.io.ImportContext;
import org.hillfit.io.ImportException;
import org.hillfit.io.ImportLimits;
import org.hillfit.io.ImportResult;
import org.hillfit.io.ImporterRegistry;
import org.hillfit.io.flow.FlowImportOptions;
import org.hillfit.job.CancellationToken;
import org.hillfit.report.TidyCsvWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code hillfit convert}: any supported export → one tidy CSV of every value. */
@Command(
        name = "convert",
        mixinStandardHelpOptions = true,
        description = "Write every value of every plate in an export as plate,well,row,column,channel,value,flag.",
        footer = {
            "",
            "Examples:",
            "  hillfit convert TYK2.envision.csv -o tidy.csv",
            "  hillfit convert plate.txt --format softmax-txt -o tidy.csv",
            "  hillfit convert pstat4/fcs -o tidy.csv"
        })
final class ConvertCommand implements Callable<Integer> {

    @Parameters(paramLabel = "INPUT", description = "The export file, or a folder or zip of FCS files.")
    private Path input;

    @Option(
            names = {"-o", "--out"},
            required = true,
            paramLabel = "tidy.csv",
            description = "CSV to write.")
    private Path output;

    @Option(
            names = "--format",
            defaultValue = ImporterRegistry.AUTO,
            paramLabel = "auto|NAME",
            description = "Importer to use (default: detected from the content).")
    private String format;

    @Option(
            names = "--channel",
            paramLabel = "NAME",
            description = "Flow: the FCS parameter to summarise, by $PnN or $PnS (default: stains containing 'pSTAT',"
                    + " else every fluorescence parameter).")
    private String channel;

    @Option(
            names = "--max-file-mb",
            defaultValue = "512",
            paramLabel = "MB",
            description = "Refuse input files (and workbooks expanding to) more than this many MiB (default: 512).")
    private long maxFileMb;

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
    public Integer call() throws ImportException, IOException {
        ImportContext context = new ImportContext(limits(), CancellationToken.none())
                .withFlow(FlowImportOptions.DEFAULT.withReadoutChannel(java.util.Optional.ofNullable(channel)));
        ImportResult result = ImporterRegistry.builtIn().read(input, format, context);
        TidyCsvWriter.write(result.plates(), output);
        result.problems().forEach(p -> spec.commandLine().getErr().println("hillfit: warning: " + p));
        spec.commandLine()
                .getOut()
                .printf(
                        "%d plate(s) from %s (%s)%n",
                        result.plates().size(),
                        input.getFileName(),
                        result.plates()
                                .get(0)
                                .metadata(org.hillfit.plate.PlateMetadata.FORMAT)
                                .orElse(format));
        return 0;
    }
}
