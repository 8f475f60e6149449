/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.hillfit.io.ImportException;
import org.hillfit.io.layout.ControlBand;
import org.hillfit.io.layout.DilutionRule;
import org.hillfit.io.layout.DoseSteps;
import org.hillfit.io.layout.LayoutChecks;
import org.hillfit.io.layout.LayoutTemplate;
import org.hillfit.io.layout.ReplicatePattern;
import org.hillfit.io.layout.SeriesDirection;
import org.hillfit.plate.Concentration;
import org.hillfit.plate.LayoutSet;
import org.hillfit.plate.PlateFormat;
import org.hillfit.plate.PlateLayout;
import org.hillfit.plate.WellRole;
import org.hillfit.project.LayoutTemplateStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code hillfit layout rule}: a layout from a dilution rule or a saved template. */
@Command(
        name = "rule",
        mixinStandardHelpOptions = true,
        description = "Write a layout generated from a dilution rule (or a saved template), optionally saving the rule"
                + " as a named template.",
        footer = {
            "",
            "Examples:",
            "  hillfit layout rule --plate 384 --compounds HF-001,HF-002,HF-003 \\",
            "      --top 10uM --fold 3 --points 10 --replicates 2 \\",
            "      --neutral 'columns 1-2' --inhibitor 'columns 23-24' \\",
            "      -o layout.csv --save-template",
            "  hillfit layout rule --compounds A,B,C -o layout.grid.csv --grid \\",
            "      --template '384 · 16 cpds × 10 pts × 2 · controls cols 1–2/23–24'",
            "  hillfit layout rule --plate 96 --compounds X,Y --top 30uM --fold 3.162 \\",
            "      --points 8 --direction columns --replicates 2 \\",
            "      --pattern adjacent-rows --neutral 'columns 1' \\",
            "      --inhibitor 'columns 12' -o layout.csv",
            "",
            "Series fill the wells not taken by controls, highest dose first. Along",
            "rows a series takes consecutive free columns; the next series follows in",
            "the same row while it fits, else in the next free row. Doses keep",
            "--digits significant digits. Use the result with",
            "'hillfit analyze plate.csv --layout layout.csv', or a saved template",
            "with '--layout template:NAME'."
        })
final class LayoutRuleCommand implements Callable<Integer> {

    @Option(names = "--template", paramLabel = "NAME", description = "Start from a saved template.")
    private String template;

    @Option(names = "--plate", defaultValue = "384", paramLabel = "96|384|1536", description = "Plate format.")
    private int plate;

    @Option(
            names = "--compounds",
            split = ",",
            paramLabel = "NAME",
            description = "Compound names, comma-separated, in placement order.")
    private List<String> compounds;

    @Option(names = "--top", paramLabel = "CONC", description = "Highest dose with unit, e.g. 10uM.")
    private String top;

    @Option(names = "--fold", defaultValue = "3", paramLabel = "F", description = "Dilution factor (default: 3).")
    private double fold;

    @Option(names = "--points", defaultValue = "10", paramLabel = "N", description = "Doses per series (default: 10).")
    private int points;

    @Option(
            names = "--digits",
            defaultValue = "4",
            paramLabel = "D",
            description = "Significant digits of each dose (default: 4).")
    private int digits;

    @Option(
            names = "--direction",
            defaultValue = "rows",
            paramLabel = "rows|columns",
            description = "Series run along rows or down columns (default: rows).")
    private String direction;

    @Option(names = "--replicates", defaultValue = "1", paramLabel = "N", description = "Wells per dose (default: 1).")
    private int replicates;

    @Option(
            names = "--pattern",
            defaultValue = "adjacent-wells",
            paramLabel = "PATTERN",
            description = "adjacent-wells, adjacent-rows or separate-plates (default: adjacent-wells).")
    private String pattern;

    @Option(names = "--neutral", paramLabel = "BAND", description = "Neutral controls: 'columns 1-2' or 'rows A-B'.")
    private String neutral;

    @Option(names = "--inhibitor", paramLabel = "BAND", description = "Inhibitor controls, e.g. 'columns 23-24'.")
    private String inhibitor;

    @Option(names = "--blank", paramLabel = "BAND", description = "Blank wells, e.g. 'rows P'.")
    private String blank;

    @Mixin
    private LayoutOutputMixin output;

    @Option(
            names = "--save-template",
            arity = "0..1",
            fallbackValue = "",
            paramLabel = "NAME",
            description = "Save the rule as a template (default name: its description).")
    private String saveTemplate;

    @Mixin
    private TemplateFolderMixin templateFolder;

    @Mixin
    private DebugMixin debug;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws ImportException, IOException {
        LayoutTemplateStore store = templateFolder.store();
        DilutionRule rule;
        PlateLayout layout;
        try {
            rule = template != null ? fromTemplate(store) : fromOptions();
            layout = rule.layout();
        } catch (IllegalArgumentException e) {
            throw new InputErrorException(e.getMessage(), e);
        }
        LayoutSet layouts = LayoutSet.of(layout)
                .withWarnings(LayoutChecks.warnings(
                        layout, output.path().getFileName().toString()));
        output.write(layouts);
        spec.commandLine()
                .getOut()
                .printf("wrote %s: %s (%s)%n", output.path(), rule.describe(), LayoutCommand.describe(layouts));
        if (saveTemplate != null) {
            LayoutTemplate saved =
                    saveTemplate.isBlank() ? LayoutTemplate.of(rule) : new LayoutTemplate(saveTemplate, rule);
            Path file = store.save(saved);
            spec.commandLine().getOut().printf("saved template '%s' as %s%n", saved.name(), file);
        }
        return 0;
    }

    private DilutionRule fromTemplate(LayoutTemplateStore store) throws ImportException {
        LayoutTemplate found = store.find(template)
                .orElseThrow(() -> new InputErrorException("no layout template named '" + template + "' in "
                        + store.folder() + "; 'hillfit layout templates' lists them"));
        return compounds != null ? found.rule().withCompounds(compounds) : found.rule();
    }

    private DilutionRule fromOptions() {
        if (compounds == null || top == null) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "a rule needs --compounds and --top (or use --template NAME)");
        }
        Concentration topDose = Concentration.parse(top)
                .orElseThrow(() -> new InputErrorException(
                        "--top: expected a concentration with unit such as 10uM; got '" + top + "'"));
        PlateFormat format = PlateFormat.ofWellCount(plate)
                .orElseThrow(() -> new InputErrorException("--plate must be 96, 384 or 1536; got " + plate));
        List<ControlBand> bands = new ArrayList<>();
        addBand(bands, WellRole.NEUTRAL, neutral);
        addBand(bands, WellRole.INHIBITOR, inhibitor);
        addBand(bands, WellRole.BLANK, blank);
        return new DilutionRule(
                format,
                compounds,
                new DoseSteps(topDose, fold, points, digits),
                SeriesDirection.parse(direction)
                        .orElseThrow(() -> new InputErrorException(
                                "--direction must be rows or columns; got '" + direction + "'")),
                new DilutionRule.Replicates(
                        replicates,
                        ReplicatePattern.parse(pattern)
                                .orElseThrow(() -> new InputErrorException("--pattern must be adjacent-wells,"
                                        + " adjacent-rows or separate-plates; got '" + pattern + "'"))),
                bands);
    }

    private static void addBand(List<ControlBand> bands, WellRole role, String text) {
        if (text != null && !text.isBlank()) {
            bands.add(ControlBand.parse(role, text));
        }
    }
}
