/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.hillfit.fit.CurveResult;
import org.hillfit.plate.ConcentrationUnit;

/**
 * The output of {@code hillfit fit}: {@code curve_id,status,qualifier,ic50,ic50_ci_low,ic50_ci_high,log_ic50,hill,
 * top,bottom,r2,n_points,curve_class}, IC50s in the caller's unit, {@code log_ic50} as log10 of the IC50 in mol/L.
 */
public final class CurveTableWriter {
    /** The contract header. */
    public static final List<String> HEADER = List.of(
            "curve_id",
            "status",
            "qualifier",
            "ic50",
            "ic50_ci_low",
            "ic50_ci_high",
            "log_ic50",
            "hill",
            "top",
            "bottom",
            "r2",
            "n_points",
            "curve_class");

    private CurveTableWriter() {}

    /**
     * One curve.
     *
     * @param curveId the id from the input
     * @param result its fit
     */
    public record Row(String curveId, CurveResult result) {}

    /** Writes the file atomically. */
    public static void write(List<Row> rows, ConcentrationUnit unit, Path target) throws IOException {
        CsvOutput.write(target, HEADER, printer -> {
            for (Row row : rows) {
                CurveResult r = row.result();
                printer.printRecord(
                        CsvText.safe(row.curveId()),
                        r.status().slug(),
                        Double.isNaN(r.reportedLogIc50()) ? "" : r.qualifier().symbol(),
                        inUnit(r.reportedLogIc50(), unit),
                        inUnit(r.logIc50CiLow(), unit),
                        inUnit(r.logIc50CiHigh(), unit),
                        NumberText.decimals(r.reportedLogIc50(), 4),
                        r.parameters()
                                .map(p -> NumberText.significant(p.hillSlope(), 4))
                                .orElse(""),
                        r.parameters()
                                .map(p -> NumberText.significant(p.top(), 4))
                                .orElse(""),
                        r.parameters()
                                .map(p -> NumberText.significant(p.bottom(), 4))
                                .orElse(""),
                        NumberText.decimals(r.r2(), 4),
                        r.pointsUsed(),
                        r.curveClass());
            }
        });
    }

    private static String inUnit(double logMolar, ConcentrationUnit unit) {
        return NumberText.significant(Math.pow(10, logMolar - unit.exponent()), 4);
    }
}
