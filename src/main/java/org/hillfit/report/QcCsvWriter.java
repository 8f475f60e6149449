/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hillfit.analysis.ControlOutlier;
import org.hillfit.analysis.PlateQc;
import org.hillfit.analysis.SpatialQc;
import org.hillfit.result.AnalysisResult;
import org.hillfit.result.PlateResult;

/**
 * The QC CSV of {@code hillfit analyze --qc-csv}: one row per assay × plate. The first columns are fixed by the CLI
 * contract ({@link #HEADER}); more follow ({@link #EXTRA_HEADER}): the verdict, S:N, the blank CV, control
 * outliers ({@code D02:neutral:-7.9} or with {@code :masked}), the edge effect in % and its basis, and the
 * normalisation basis.
 */
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

    /** Columns after the contract ones. */
    public static final List<String> EXTRA_HEADER = List.of(
            "verdict",
            "signal_to_noise",
            "cv_blank_pct",
            "n_blank",
            "control_outliers",
            "edge_effect_pct",
            "edge_basis",
            "normalization");

    private QcCsvWriter() {}

    /** Writes the file atomically. */
    public static void write(AnalysisResult result, Path target) throws IOException {
        List<String> header = new ArrayList<>(HEADER);
        header.addAll(EXTRA_HEADER);
        CsvOutput.write(target, header, printer -> {
            for (PlateResult plate : result.plates()) {
                printer.printRecord(row(plate));
            }
        });
    }

    /** One plate's cells, in header order. */
    static List<String> row(PlateResult plate) {
        PlateQc qc = plate.normalized().qc();
        List<String> outliers = new ArrayList<>();
        for (ControlOutlier o : qc.controlOutliers()) {
            outliers.add(o.well() + ":" + o.role().slug() + ":" + NumberText.decimals(o.robustZ(), 1)
                    + (o.masked() ? ":masked" : ""));
        }
        return List.of(
                CsvText.safe(plate.assay()),
                CsvText.safe(plate.plate().name()),
                NumberText.decimals(qc.zPrime(), 4),
                NumberText.decimals(qc.robustZPrime(), 4),
                NumberText.significant(qc.signalToBackground(), 4),
                NumberText.decimals(qc.cvNeutralPercent(), 2),
                NumberText.decimals(qc.cvInhibitorPercent(), 2),
                Integer.toString(qc.neutralCount()),
                Integer.toString(qc.inhibitorCount()),
                qc.verdict().slug(),
                NumberText.significant(qc.signalToNoise(), 4),
                NumberText.decimals(qc.cvBlankPercent(), 2),
                Integer.toString(qc.blankCount()),
                String.join(";", outliers),
                qc.spatial()
                        .map(s -> NumberText.decimals(s.edgeEffectPercent(), 1))
                        .orElse(""),
                qc.spatial().map(SpatialQc::edgeBasis).orElse(""),
                CsvText.safe(plate.normalized().basis()));
    }
}
