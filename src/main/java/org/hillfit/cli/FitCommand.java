/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.hillfit.fit.BatchFitter;
import org.hillfit.fit.CiMethod;
import org.hillfit.fit.CurveData;
import org.hillfit.fit.CurveResult;
import org.hillfit.fit.FitOptions;
import org.hillfit.fit.FourPlFitter;
import org.hillfit.fit.RobustMethod;
import org.hillfit.fit.Weighting;
import org.hillfit.io.ImportContext;
import org.hillfit.io.ImportException;
import org.hillfit.io.table.CellParser;
import org.hillfit.io.table.CellValue;
import org.hillfit.io.table.DelimitedTables;
import org.hillfit.io.table.TextRow;
import org.hillfit.io.table.TextTable;
import org.hillfit.plate.ConcentrationUnit;
import org.hillfit.report.CurveTableWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code hillfit fit}: fit curves given as {@code curve_id,concentration,response}. */
@Command(
        name = "fit",
        mixinStandardHelpOptions = true,
        description = "Fit a 4PL (or 3PL/5PL) to each curve of a CSV with header curve_id,concentration,response"
                + " (responses already normalised, e.g. %% inhibition; concentration 0 rows are vehicle and left out).",
        footer = {
            "",
            "Output columns: curve_id,status,qualifier,ic50,ic50_ci_low,ic50_ci_high,",
            "  log_ic50,hill,top,bottom,r2,n_points,curve_class",
            "  status: ok, inactive, partial, ambiguous or flagged;",
            "  ic50: relative IC50 in --unit",
            "",
            "Examples:",
            "  hillfit fit curves.csv -o fits.csv",
            "  hillfit fit curves.csv -o fits.csv --unit uM",
            "  hillfit fit curves.csv -o fits.csv --model 3pl       # |Hill| fixed at 1",
            "  hillfit fit curves.csv -o fits.csv --weight 1/y2     # relative weights",
            "  hillfit fit curves.csv -o fits.csv --robust          # bisquare robust fit",
            "  hillfit fit curves.csv -o fits.csv --outliers        # ROUT-like, Q = 1 %%",
            "  hillfit fit curves.csv -o fits.csv --ci profile      # profile-likelihood CI",
            "  hillfit fit signal.csv -o fits.csv --raw             # raw signal, no window"
        })
final class FitCommand implements Callable<Integer> {

    @Parameters(paramLabel = "INPUT.csv", description = "Curves: curve_id,concentration,response.")
    private Path input;

    @Option(
            names = {"-o", "--out"},
            required = true,
            paramLabel = "results.csv",
            description = "CSV to write.")
    private Path output;

    @Option(
            names = "--unit",
            defaultValue = "nM",
            paramLabel = "UNIT",
            description = "Unit of the input concentrations and of the output IC50s: M, mM, uM, nM, pM (default nM).")
    private String unit;

    @Option(
            names = "--model",
            defaultValue = "4pl",
            paramLabel = "MODEL",
            description = "4pl (default), 3pl (|Hill| fixed at 1) or 5pl (asymmetric).")
    private String model;

    @Option(
            names = "--weight",
            defaultValue = "none",
            paramLabel = "W",
            description = "Residual weights: none (default), 1/y2 (relative) or 1/y (Poisson), from the curve.")
    private String weight;

    @Option(names = "--robust", description = "Robust (bisquare) fit; needs --weight none.")
    private boolean robust;

    @Option(names = "--outliers", description = "Mask outliers by a ROUT-like test at Q = 1 %%.")
    private boolean outliers;

    @Option(
            names = "--ci",
            defaultValue = "asymptotic",
            paramLabel = "METHOD",
            description = "IC50 confidence interval: asymptotic (default) or profile (profile likelihood).")
    private String ci;

    @Option(names = "--raw", description = "Responses are raw signal, not %% of controls: no 0-100 %% window rules.")
    private boolean raw;

    @Mixin
    private DebugMixin debug;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws ImportException, IOException {
        ConcentrationUnit concentrationUnit = ConcentrationUnit.parse(unit)
                .orElseThrow(() -> new CommandLine.ParameterException(
                        spec.commandLine(), "unknown unit '" + unit + "'; expected M, mM, uM, nM or pM"));
        Map<String, CurveData> curves =
                readCurves(DelimitedTables.read(input, ImportContext.defaults()), concentrationUnit);
        List<CurveTableWriter.Row> rows = new ArrayList<>();
        FourPlFitter fitter = FourPlFitter.create().withOptions(fitOptions());
        List<String> ids = new ArrayList<>(curves.keySet());
        List<CurveResult> results = BatchFitter.of(fitter).fitAll(new ArrayList<>(curves.values()));
        for (int i = 0; i < ids.size(); i++) {
            rows.add(new CurveTableWriter.Row(ids.get(i), results.get(i)));
        }
        CurveTableWriter.write(rows, concentrationUnit, output);
        spec.commandLine().getOut().printf("%d curve(s) fitted%n", rows.size());
        return 0;
    }

    /** The fit options the flags ask for; a usage error when they are unknown or clash. */
    private FitOptions fitOptions() {
        FitOptions base =
                switch (model.toLowerCase(Locale.ROOT)) {
                    case "4pl" -> FitOptions.DEFAULT;
                    case "3pl" -> FitOptions.HILL_FIXED_AT_ONE;
                    case "5pl" -> FitOptions.FIVE_PL;
                    default -> throw usage("unknown model '" + model + "'; expected 4pl, 3pl or 5pl");
                };
        FitOptions.Builder builder = base.toBuilder()
                .weighting(
                        switch (weight.toLowerCase(Locale.ROOT)) {
                            case "none" -> Weighting.NONE;
                            case "1/y2", "1/y^2" -> Weighting.INVERSE_Y_SQUARED;
                            case "1/y" -> Weighting.INVERSE_Y;
                            default -> throw usage("unknown weighting '" + weight + "'; expected none, 1/y2 or 1/y");
                        })
                .robust(robust ? RobustMethod.BISQUARE : RobustMethod.NONE)
                .outlierQ(outliers ? 0.01 : 0)
                .ciMethod(
                        switch (ci.toLowerCase(Locale.ROOT)) {
                            case "asymptotic" -> CiMethod.ASYMPTOTIC;
                            case "profile" -> CiMethod.PROFILE_LIKELIHOOD;
                            default -> throw usage("unknown CI method '" + ci + "'; expected asymptotic or profile");
                        });
        if (raw) {
            builder.controlWindow(FitOptions.RAW_SIGNAL.controlWindow())
                    .inactiveSpanPercent(FitOptions.RAW_SIGNAL.inactiveSpanPercent());
        }
        try {
            return builder.build();
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    /** The curves of a {@code curve_id,concentration,response} table, in input order (package-private for tests). */
    static Map<String, CurveData> readCurves(TextTable table, ConcentrationUnit unit) throws ImportException {
        int headerIndex = 0;
        while (headerIndex < table.size() && table.row(headerIndex).isBlank()) {
            headerIndex++;
        }
        List<String> expected = List.of("curve_id", "concentration", "response");
        if (headerIndex == table.size()
                || !table.row(headerIndex).nonBlank().stream()
                        .map(s -> s.toLowerCase(Locale.ROOT))
                        .toList()
                        .equals(expected)) {
            throw new ImportException(
                    table.location()
                            .atLine(
                                    headerIndex < table.size()
                                            ? table.row(headerIndex).line()
                                            : 0),
                    "expected the header curve_id,concentration,response");
        }
        CellParser numbers = CellParser.forTable(table);
        Map<String, List<double[]>> points = new LinkedHashMap<>();
        for (int r = headerIndex + 1; r < table.size(); r++) {
            TextRow row = table.row(r);
            if (row.isBlank()) {
                continue;
            }
            checkWidth(row, table);
            String id = row.stripped(0);
            if (id.isEmpty()) {
                throw new ImportException(table.locate(row), "the curve_id is empty");
            }
            double concentration = number(numbers, row, 1, "concentration", table);
            if (!(concentration >= 0) || Double.isInfinite(concentration)) { // a dose must be known: NaN is no dose
                throw new ImportException(
                        table.locate(row),
                        "expected a finite concentration ≥ 0 in column 'concentration'; got '" + row.stripped(1) + "'");
            }
            double response = number(numbers, row, 2, "response", table);
            double logMolar = Math.log10(concentration) + unit.exponent();
            points.computeIfAbsent(id, k -> new ArrayList<>()).add(new double[] {logMolar, response});
        }
        if (points.isEmpty()) {
            throw new ImportException(
                    table.locate(table.row(headerIndex)), "the file has a header but no curve points below it");
        }
        Map<String, CurveData> curves = new LinkedHashMap<>();
        points.forEach((id, list) -> curves.put(
                id,
                CurveData.of(
                        list.stream().mapToDouble(p -> p[0]).toArray(),
                        list.stream().mapToDouble(p -> p[1]).toArray())));
        return curves;
    }

    /** Three cells a line: fewer is a cut line, more a misaligned one; neither is guessed at. */
    private static void checkWidth(TextRow row, TextTable table) throws ImportException {
        if (row.size() < 3) {
            throw new ImportException(
                    table.locate(row),
                    "expected 3 cells (curve_id,concentration,response); the line has " + row.size()
                            + " (is the file truncated?)");
        }
        if (row.lastNonBlank() > 2) {
            throw new ImportException(
                    table.locate(row),
                    "expected 3 cells (curve_id,concentration,response); got a value in cell "
                            + (row.lastNonBlank() + 1) + " ('" + row.stripped(row.lastNonBlank()) + "')");
        }
    }

    private static double number(CellParser numbers, TextRow row, int index, String column, TextTable table)
            throws ImportException {
        CellValue value = numbers.parse(row.cell(index));
        if (value instanceof CellValue.Number number) {
            return number.value();
        }
        if (value instanceof CellValue.Marker || value instanceof CellValue.Blank) {
            return Double.NaN; // a missing response is a point the fitter excludes and counts
        }
        throw new ImportException(
                table.locate(row), "expected a number in column '" + column + "'; got '" + row.stripped(index) + "'");
    }
}
