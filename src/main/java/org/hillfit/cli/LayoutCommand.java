/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.cli;

import org.hillfit.plate.LayoutSet;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code hillfit layout}: make, convert and check plate layouts. */
@Command(
        name = "layout",
        mixinStandardHelpOptions = true,
        description = "Make plate layouts from a dilution rule, a template or an Echo transfer log; convert and check"
                + " layout files.",
        subcommands = {
            LayoutRuleCommand.class,
            LayoutEchoCommand.class,
            LayoutConvertCommand.class,
            LayoutTemplatesCommand.class
        },
        footer = {
            "",
            "Examples:",
            "  hillfit layout rule --plate 384 --compounds HF-001,HF-002 --top 10uM \\",
            "      --replicates 2 --neutral 'columns 1-2' --inhibitor 'columns 23-24' \\",
            "      -o layout.csv",
            "  hillfit layout echo transfers.csv --source-map sources.csv \\",
            "      --assay-volume 20uL -o layout.csv",
            "  hillfit layout convert layout.csv --grid -o layout.grid.csv",
            "  hillfit layout templates"
        })
final class LayoutCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(
                spec.commandLine(), "name a layout command: rule, echo, convert or templates");
    }

    /** "384 wells, 352 used" style count of a layout set. */
    static String describe(LayoutSet layouts) {
        int shared = layouts.shared().map(l -> l.wells().size()).orElse(0);
        if (layouts.byPlate().isEmpty()) {
            return shared + " wells";
        }
        return layouts.byPlate().size() + " plate layout(s) ("
                + String.join(", ", layouts.byPlate().keySet()) + ")"
                + (shared > 0 ? " and a shared layout of " + shared + " wells" : "");
    }
}
