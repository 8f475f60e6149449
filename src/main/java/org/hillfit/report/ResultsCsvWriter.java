/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.hillfit.fit.CurveResult;
import org.hillfit.result.AnalysisResult;
import org.hillfit.result.CurveFit;

/**
 * The results CSV of {@code hillfit analyze --results-csv}: one row per assay × plate × compound, with the header
 * fixed by the command-line contract. Concentrations in nM.
 */
public final class ResultsCsvWriter {
    /** The contract header. */
    public static final List<String> HEADER = List.of(
            "assay",
            "plate",
            "compound",
            "status",
            "qualifier",
            "ic50_nM",
            "ic50_ci_low_nM",
            "ic50_ci_high_nM",
            "pic50",
            "hill",
            "top",
            "bottom",
            "r2",
            "n_points",
            "n_masked",
            "curve_class",
            "flags");

    private ResultsCsvWriter() {}

    /** Writes the file atomically. */
    public static void write(AnalysisResult result, Path target) throws IOException {
        CsvOutput.write(target, HEADER, printer -> {
            for (CurveFit curve : result.curves()) {
                printer.printRecord(row(curve));
            }
        });
    }

    /** One row's cells, in header order. */
    public static List<String> row(CurveFit curve) {
        CurveResult r = curve.result();
        return List.of(
                CsvText.safe(curve.assay()),
                CsvText.safe(curve.plate()),
                CsvText.safe(curve.compound()),
                curve.status().slug(),
                Double.isNaN(r.reportedLogIc50()) ? "" : r.qualifier().symbol(),
                nanomolar(r.reportedLogIc50()),
                nanomolar(r.logIc50CiLow()),
                nanomolar(r.logIc50CiHigh()),
                NumberText.decimals(-r.reportedLogIc50(), 3),
                r.parameters()
                        .map(p -> NumberText.significant(p.hillSlope(), 4))
                        .orElse(""),
                r.parameters().map(p -> NumberText.significant(p.top(), 4)).orElse(""),
                r.parameters().map(p -> NumberText.significant(p.bottom(), 4)).orElse(""),
                NumberText.decimals(r.r2(), 4),
                Integer.toString(r.pointsUsed()),
                Integer.toString(r.pointsMasked()),
                r.curveClass(),
                CsvText.safe(String.join(";", curve.flags())));
    }

    /** 10^(log M + 9) with 4 significant digits; "" for NaN. */
    static String nanomolar(double logMolar) {
        return NumberText.significant(Math.pow(10, logMolar + 9), 4);
    }
}
