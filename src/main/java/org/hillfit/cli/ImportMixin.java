/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.cli;

import java.util.Optional;
import org.hillfit.io.ImportContext;
import org.hillfit.io.ImportLimits;
import org.hillfit.io.ImporterRegistry;
import org.hillfit.io.flow.FlowImportOptions;
import org.hillfit.job.CancellationToken;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** How exports are read, shared by {@code convert} and {@code analyze}: the importer, the flow channel, size limits. */
final class ImportMixin {
    @Option(
            names = "--format",
            defaultValue = ImporterRegistry.AUTO,
            paramLabel = "auto|NAME",
            description = "Importer to use (default: detected from the content; see 'hillfit formats').")
    private String format;

    @Option(
            names = "--channel",
            paramLabel = "NAME",
            description = "Flow: the FCS parameter to read, by $PnN or $PnS (e.g. PE-A or pSTAT4; default: stains"
                    + " containing 'pSTAT', else every fluorescence parameter).")
    private String channel;

    @Option(
            names = "--max-file-mb",
            defaultValue = "512",
            paramLabel = "MB",
            description = "Refuse input files (and workbooks expanding to) more than this many MiB (default: 512).")
    private long maxFileMb;

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    /** The importer id, or {@link ImporterRegistry#AUTO}. */
    String format() {
        return format;
    }

    /**
     * The size limits.
     *
     * @throws CommandLine.ParameterException (a usage error) for a limit that is not positive
     */
    ImportLimits limits() {
        if (maxFileMb <= 0) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--max-file-mb must be a positive number of MiB; got " + maxFileMb);
        }
        return ImportLimits.DEFAULT.withMaxFileMegabytes(maxFileMb);
    }

    /** The flow options: the readout channel when one is named. */
    FlowImportOptions flow() {
        return FlowImportOptions.DEFAULT.withReadoutChannel(Optional.ofNullable(channel));
    }

    /** Limits and flow options, not cancellable (a command line is stopped with Ctrl-C). */
    ImportContext context() {
        return new ImportContext(limits(), CancellationToken.none()).withFlow(flow());
    }
}
