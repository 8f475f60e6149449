/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.hillfit.analysis.PlateQc;
import org.hillfit.result.AnalysisResult;
import org.hillfit.result.PlateResult;

/** The QC CSV of {@code hillfit analyze --qc-csv}: one row per assay × plate, header fixed by the CLI contract. */
public final class QcCsvWriter {
    /** The contract header. */
    public static final List<String> HEADER = List.of(
            "assay",
            "plate",
            "z_prime",
            "robust_z_prime",
            "signal_to_background",
            "cv_neutral_pct",
            "cv_inhibitor_pct",
            "n_neutral",
            "n_inhibitor");

    private QcCsvWriter() {}

    /** Writes the file atomically. */
    public static void write(AnalysisResult result, Path target) throws IOException {
        CsvOutput.write(target, HEADER, printer -> {
            for (PlateResult plate : result.plates()) {
                PlateQc qc = plate.normalized().qc();
                printer.printRecord(
                        CsvText.safe(plate.assay()),
                        CsvText.safe(plate.plate().name()),
                        NumberText.decimals(qc.zPrime(), 4),
                        NumberText.decimals(qc.robustZPrime(), 4),
                        NumberText.significant(qc.signalToBackground(), 4),
                        NumberText.decimals(qc.cvNeutralPercent(), 2),
                        NumberText.decimals(qc.cvInhibitorPercent(), 2),
                        qc.neutralCount(),
                        qc.inhibitorCount());
            }
        });
    }
}
