/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.hillfit.io.ImportException;
import org.hillfit.io.ImportResult;
import org.hillfit.io.ImporterRegistry;
import org.hillfit.report.TidyCsvWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Mixin
    private ImportMixin importing;

    @Mixin
    private DebugMixin debug;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws ImportException, IOException {
        ImportResult result = ImporterRegistry.builtIn().read(input, importing.format(), importing.context());
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
                                .orElse(importing.format()));
        return 0;
    }
}
