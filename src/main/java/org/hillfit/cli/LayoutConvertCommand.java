/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.hillfit.io.ImportContext;
import org.hillfit.io.ImportException;
import org.hillfit.io.layout.LayoutReaders;
import org.hillfit.plate.LayoutSet;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code hillfit layout convert}: any layout form → long or grid CSV, checking it on the way. */
@Command(
        name = "convert",
        mixinStandardHelpOptions = true,
        description = "Read a layout in any form (long or grid CSV/XLSX, template file), check it, and write it as a"
                + " long CSV or as grids.",
        footer = {
            "",
            "Examples:",
            "  hillfit layout convert plate-map.xlsx -o layout.csv",
            "  hillfit layout convert layout.csv --grid -o layout.grid.csv"
        })
final class LayoutConvertCommand implements Callable<Integer> {

    @Parameters(paramLabel = "LAYOUT", description = "The layout file.")
    private Path input;

    @Mixin
    private LayoutOutputMixin output;

    @Mixin
    private DebugMixin debug;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws ImportException, IOException {
        LayoutSet layouts = LayoutReaders.read(input, ImportContext.defaults());
        output.write(layouts);
        spec.commandLine().getOut().printf("wrote %s: %s%n", output.path(), LayoutCommand.describe(layouts));
        return 0;
    }
}
