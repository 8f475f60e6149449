/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.hillfit.result.CombinedPotency;
import org.hillfit.result.Potency;
import org.hillfit.result.Replicate;
import org.hillfit.result.ReplicateSummary;

/**
 * Replicate summaries as CSV: one row per assay × compound ({@code hillfit summarize --out}), and the long table of
 * every replicate behind them ({@code --replicates-csv}). Concentrations in nM; written atomically.
 */
public final class ReplicateCsvWriter {
    /** Header of the summary table. */
    public static final List<String> SUMMARY_HEADER = List.of(
            "assay",
            "compound",
            "qualifier",
            "ic50_nM",
            "pic50",
            "sd_log",
            "n",
            "n_exact",
            "n_excluded",
            "rule",
            "flags");
    /** Header of the replicate table. */
    public static final List<String> REPLICATE_HEADER = List.of(
            "assay",
            "compound",
            "run",
            "plate",
            "date",
            "qualifier",
            "ic50_nM",
            "pic50",
            "counted",
            "excluded_because",
            "outlier");

    private ReplicateCsvWriter() {}

    /** Writes the summary table. */
    public static void writeSummary(List<ReplicateSummary> summaries, Path target) throws IOException {
        CsvOutput.write(target, SUMMARY_HEADER, printer -> {
            for (ReplicateSummary s : summaries) {
                CombinedPotency c = s.combined();
                long excluded =
                        s.replicates().stream().filter(r -> !r.isIncluded()).count();
                printer.printRecord(
                        CsvText.safe(s.assay()),
                        CsvText.safe(s.compound()),
                        qualifier(c.value()),
                        nanomolar(c.value()),
                        NumberText.decimals(c.pIc50(), 3),
                        NumberText.decimals(c.sdLog(), 3),
                        c.n(),
                        c.nExact(),
                        excluded,
                        c.rule().slug(),
                        CsvText.safe(String.join(";", s.flags())));
            }
        });
    }

    /** Writes the replicate table. */
    public static void writeReplicates(List<ReplicateSummary> summaries, Path target) throws IOException {
        CsvOutput.write(target, REPLICATE_HEADER, printer -> {
            for (ReplicateSummary s : summaries) {
                for (Replicate r : s.replicates()) {
                    printer.printRecord(
                            CsvText.safe(s.assay()),
                            CsvText.safe(s.compound()),
                            CsvText.safe(r.run()),
                            CsvText.safe(r.plate()),
                            r.date().map(Object::toString).orElse(""),
                            qualifier(r.potency()),
                            nanomolar(r.potency()),
                            NumberText.decimals(r.potency().map(Potency::pIc50).orElse(Double.NaN), 3),
                            r.isIncluded() ? "yes" : "no",
                            r.excludedBecause().orElse(""),
                            r.outlier() ? "yes" : "no");
                }
            }
        });
    }

    static String qualifier(Optional<Potency> potency) {
        return potency.map(p -> p.qualifier().symbol()).orElse("");
    }

    static String nanomolar(Optional<Potency> potency) {
        return NumberText.significant(potency.map(Potency::nanomolar).orElse(Double.NaN), 4);
    }
}
