/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.hillfit.io.layout.GridLayoutWriter;
import org.hillfit.io.layout.LongLayoutWriter;
import org.hillfit.plate.LayoutSet;
import org.hillfit.report.AtomicFiles;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The layout file the {@code layout} commands write ({@code -o}, {@code --grid}), and how it is written. */
final class LayoutOutputMixin {
    @Option(
            names = {"-o", "--out"},
            required = true,
            paramLabel = "layout.csv",
            description = "Layout file to write: the long form (with plate and flag columns when the layout has"
                    + " them) unless --grid.")
    private Path output;

    @Option(
            names = "--grid",
            description = "Write titled grids instead of the long form (preparation flags are only kept in the long"
                    + " form).")
    private boolean grid;

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    /** The file to write. */
    Path path() {
        return output;
    }

    /** Writes the layouts atomically, long form or grids, and prints their warnings on stderr. */
    void write(LayoutSet layouts) throws IOException {
        String name = output.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx") || name.endsWith(".xls")) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(),
                    "-o " + output + ": layouts are written as CSV text; name the file .csv (Excel opens it, and"
                            + " Hillfit reads it back)");
        }
        String text = grid ? GridLayoutWriter.write(layouts) : LongLayoutWriter.write(layouts);
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(output, out -> out.write(bytes));
        layouts.warnings().forEach(w -> spec.commandLine().getErr().println("hillfit: warning: " + w));
    }
}
