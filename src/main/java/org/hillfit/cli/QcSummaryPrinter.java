/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.cli;

import java.io.PrintWriter;
import org.hillfit.analysis.AssayQc;
import org.hillfit.analysis.Statistics;
import org.hillfit.result.AnalysisResult;

/** Prints what an analysis noticed: warnings on stderr, one QC line per assay on stdout. */
final class QcSummaryPrinter {
    private QcSummaryPrinter() {}

    static void print(AnalysisResult result, PrintWriter out, PrintWriter err) {
        result.warnings().forEach(w -> err.println("hillfit: warning: " + w));
        for (AssayQc qc : result.assayQc()) {
            out.printf(
                    "%s: %d plate(s), QC %s (pass %d, warn %d, fail %d), mean Z' %s, min Z' %s, %d control"
                            + " outlier(s)%n",
                    qc.assay(),
                    qc.plates(),
                    qc.verdict().slug(),
                    qc.passed(),
                    qc.warned(),
                    qc.failed(),
                    Statistics.format(qc.meanZPrime()),
                    Statistics.format(qc.minZPrime()),
                    qc.controlOutliers());
        }
    }
}
