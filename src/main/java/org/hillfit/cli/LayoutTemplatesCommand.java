/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.hillfit.io.ImportException;
import org.hillfit.io.layout.LayoutTemplate;
import org.hillfit.project.LayoutTemplateStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code hillfit layout templates}: lists saved layout templates. */
@Command(
        name = "templates",
        mixinStandardHelpOptions = true,
        description = "List the saved layout templates (save one with 'hillfit layout rule … --save-template').",
        footer = {
            "",
            "Examples:",
            "  hillfit layout templates",
            "  hillfit layout templates --template-dir lab/templates"
        })
final class LayoutTemplatesCommand implements Callable<Integer> {

    @Mixin
    private TemplateFolderMixin templateFolder;

    @Mixin
    private DebugMixin debug;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws ImportException {
        LayoutTemplateStore store = templateFolder.store();
        List<LayoutTemplate> templates = store.list();
        if (templates.isEmpty()) {
            spec.commandLine().getOut().println("no layout templates in " + store.folder());
        }
        for (LayoutTemplate t : templates) {
            spec.commandLine()
                    .getOut()
                    .printf(
                            "%s%n    %s, top %s, %sx dilution, %s%n",
                            t.name(),
                            t.rule().describe(),
                            t.rule().doses().top(),
                            t.rule().doses().fold(),
                            t.rule().replicates().pattern().slug());
        }
        return 0;
    }
}
