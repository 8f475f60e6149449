/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.hillfit.fit.CurveResult;
import org.hillfit.plate.ConcentrationUnit;
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

    /** One row's cells, in header order. Numbers are {@link ResultNumbers}, the same values the workbook holds. */
    public static List<String> row(CurveFit curve) {
        CurveResult r = curve.result();
        ResultNumbers n = ResultNumbers.of(r, ConcentrationUnit.NANOMOLAR);
        return List.of(
                CsvText.safe(curve.assay()),
                CsvText.safe(curve.plate()),
                CsvText.safe(curve.compound()),
                curve.status().slug(),
                n.qualifier(),
                ResultNumbers.text(n.ic50()),
                ResultNumbers.text(n.ciLow()),
                ResultNumbers.text(n.ciHigh()),
                ResultNumbers.text(n.pIc50()),
                ResultNumbers.text(n.hill()),
                ResultNumbers.text(n.top()),
                ResultNumbers.text(n.bottom()),
                ResultNumbers.text(n.r2()),
                Integer.toString(r.pointsUsed()),
                Integer.toString(r.pointsMasked()),
                r.curveClass(),
                CsvText.safe(String.join(";", curve.flags())));
    }
}
