/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.cli;

import java.io.PrintWriter;
import org.hillfit.io.ImporterRegistry;
import org.hillfit.io.PlateImporter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code hillfit formats}: the importers and what each reads. */
@Command(name = "formats", mixinStandardHelpOptions = true, description = "List the import formats.")
final class FormatsCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        for (PlateImporter importer : ImporterRegistry.builtIn().importers()) {
            out.printf(
                    "%-18s %s (%s)%n%-18s %s%n",
                    importer.id(),
                    importer.displayName(),
                    String.join(", ", importer.fileExtensions()),
                    "",
                    importer.description());
        }
    }
}
