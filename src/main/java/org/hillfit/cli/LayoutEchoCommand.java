/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hillfit.io.ImportContext;
import org.hillfit.io.ImportException;
import org.hillfit.io.layout.EchoLayoutBuilder;
import org.hillfit.io.layout.EchoLogReader;
import org.hillfit.io.layout.EchoTransferLog;
import org.hillfit.io.layout.LayoutReaders;
import org.hillfit.io.layout.SourceMap;
import org.hillfit.plate.LayoutSet;
import org.hillfit.plate.PlateLayout;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code hillfit layout echo}: per-plate layouts from an acoustic dispenser transfer log. */
@Command(
        name = "echo",
        mixinStandardHelpOptions = true,
        description = "Compute each destination well's final concentration from an Echo transfer log and a source map;"
                + " write one layout per destination plate barcode.",
        footer = {
            "",
            "Examples:",
            "  hillfit layout echo transfers.csv --source-map sources.csv \\",
            "      --assay-volume 20uL -o layout.csv",
            "  hillfit layout echo transfers.csv --source-map sources.csv \\",
            "      --assay-volume 10uL --base controls.csv -o layout.csv",
            "  hillfit analyze plate1.csv plate2.csv --layout layout.csv",
            "",
            "Source map: source_plate,source_well,compound,concentration,unit[,role]",
            "with stock concentrations; compound DMSO or concentration 0 is vehicle.",
            "Final concentration = sum of stock × volume (nL) / assay volume, in nM.",
            "Wells that received only DMSO become neutral controls. Failed transfers",
            "flag their wells, which the analysis masks (failed_transfer:C05 in the",
            "results). --base supplies the controls the dispenser did not make."
        })
final class LayoutEchoCommand implements Callable<Integer> {
    private static final Pattern VOLUME = Pattern.compile("(\\d+(?:\\.\\d*)?|\\.\\d+)\\s*([a-zA-Zµμ]*)");

    @Parameters(paramLabel = "LOG", description = "The Echo transfer log (CSV).")
    private Path log;

    @Option(
            names = "--source-map",
            required = true,
            paramLabel = "MAP.csv",
            description = "What each source well holds.")
    private Path sourceMap;

    @Option(
            names = "--assay-volume",
            required = true,
            paramLabel = "VOLUME",
            description = "Final assay volume per well, e.g. 20uL (µL, uL, nL or mL; a bare number is µL).")
    private String assayVolume;

    @Option(
            names = "--base",
            paramLabel = "LAYOUT",
            description = "Layout of controls and wells the Echo did not fill.")
    private Path base;

    @Mixin
    private LayoutOutputMixin output;

    @Mixin
    private DebugMixin debug;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws ImportException, IOException {
        double microliters = microliters(assayVolume);
        ImportContext context = ImportContext.defaults();
        EchoTransferLog transfers = EchoLogReader.read(log, context);
        SourceMap sources = SourceMap.read(sourceMap, context);
        Optional<PlateLayout> baseLayout = Optional.empty();
        if (base != null) {
            LayoutSet set = LayoutReaders.read(base, context);
            baseLayout = Optional.of(set.shared()
                    .orElseThrow(() -> new InputErrorException(
                            base + ": the base layout must be one layout for every" + " plate (no plate column)")));
        }
        LayoutSet layouts = EchoLayoutBuilder.build(transfers, sources, microliters, baseLayout);
        output.write(layouts);
        spec.commandLine()
                .getOut()
                .printf(
                        "wrote %s: %s from %d transfer(s), %d failed%n",
                        output.path(),
                        LayoutCommand.describe(layouts),
                        transfers.transfers().size(),
                        transfers.failures().size());
        return 0;
    }

    /** "20uL", "20 µL", "20000 nL", "0.02 mL", "20" → µL. */
    static double microliters(String text) {
        Matcher m = VOLUME.matcher(text.strip());
        if (m.matches()) {
            double value = Double.parseDouble(m.group(1));
            String unit = m.group(2).toLowerCase(Locale.ROOT).replace('µ', 'u').replace('μ', 'u');
            double factor =
                    switch (unit) {
                        case "", "ul" -> 1;
                        case "nl" -> 1e-3;
                        case "ml" -> 1e3;
                        default -> Double.NaN;
                    };
            if (!Double.isNaN(factor) && value > 0) {
                return value * factor;
            }
        }
        throw new InputErrorException("--assay-volume: expected a volume above 0 such as 20uL; got '" + text + "'");
    }
}
