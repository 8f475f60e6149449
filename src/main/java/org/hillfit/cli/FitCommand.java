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
import org.hillfit.fit.CurveData;
import org.hillfit.fit.FourPlFitter;
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
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code hillfit fit}: fit curves given as {@code curve_id,concentration,response}. */
@Command(
        name = "fit",
        mixinStandardHelpOptions = true,
        description = "Fit a 4PL to each curve of a CSV with header curve_id,concentration,response (responses"
                + " already normalised, e.g. % inhibition).",
        footer = {
            "",
            "Examples:",
            "  hillfit fit curves.csv -o fits.csv",
            "  hillfit fit curves.csv -o fits.csv --unit uM"
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

    @Option(names = "--debug", description = "Show stack traces of errors.")
    private boolean debug;

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
        FourPlFitter fitter = FourPlFitter.create();
        curves.forEach((id, data) -> rows.add(new CurveTableWriter.Row(id, fitter.fit(data))));
        CurveTableWriter.write(rows, concentrationUnit, output);
        spec.commandLine().getOut().printf("%d curve(s) fitted%n", rows.size());
        return 0;
    }

    private static Map<String, CurveData> readCurves(TextTable table, ConcentrationUnit unit) throws ImportException {
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
            String id = row.stripped(0);
            if (id.isEmpty()) {
                throw new ImportException(table.locate(row), "the curve_id is empty");
            }
            double concentration = number(numbers, row, 1, "concentration", table);
            if (concentration < 0) {
                throw new ImportException(table.locate(row), "expected a concentration ≥ 0; got " + row.stripped(1));
            }
            double response = number(numbers, row, 2, "response", table);
            double logMolar = Math.log10(concentration) + unit.exponent();
            points.computeIfAbsent(id, k -> new ArrayList<>()).add(new double[] {logMolar, response});
        }
        Map<String, CurveData> curves = new LinkedHashMap<>();
        points.forEach((id, list) -> curves.put(
                id,
                CurveData.of(
                        list.stream().mapToDouble(p -> p[0]).toArray(),
                        list.stream().mapToDouble(p -> p[1]).toArray())));
        return curves;
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
