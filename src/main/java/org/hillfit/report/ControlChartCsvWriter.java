/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.hillfit.result.ControlChart;
import org.hillfit.result.ControlPoint;

/**
 * Reference-compound control charts as CSV ({@code hillfit summarize --reference-csv}): one row per run, with the
 * limits it was judged against and the assay's MSR. pIC50 units for limits; written atomically.
 */
public final class ControlChartCsvWriter {
    /** The header. */
    public static final List<String> HEADER = List.of(
            "assay",
            "compound",
            "run",
            "date",
            "qualifier",
            "ic50_nM",
            "pic50",
            "status",
            "lower_limit_pic50",
            "upper_limit_pic50",
            "excluded_because",
            "assay_mean_pic50",
            "assay_sd_log",
            "assay_n",
            "assay_msr");

    private ControlChartCsvWriter() {}

    /** Writes the charts. */
    public static void write(List<ControlChart> charts, Path target) throws IOException {
        CsvOutput.write(target, HEADER, printer -> {
            for (ControlChart chart : charts) {
                for (ControlPoint p : chart.points()) {
                    printer.printRecord(
                            CsvText.safe(chart.assay()),
                            CsvText.safe(chart.compound()),
                            CsvText.safe(p.run()),
                            p.date().map(Object::toString).orElse(""),
                            ReplicateCsvWriter.qualifier(p.potency()),
                            ReplicateCsvWriter.nanomolar(p.potency()),
                            NumberText.decimals(p.pIc50(), 3),
                            p.status().slug(),
                            NumberText.decimals(p.lowerLimit(), 3),
                            NumberText.decimals(p.upperLimit(), 3),
                            p.excludedBecause().orElse(""),
                            NumberText.decimals(chart.meanPIc50(), 3),
                            NumberText.decimals(chart.sdLog(), 3),
                            chart.n(),
                            NumberText.significant(chart.msr(), 3));
                }
            }
        });
    }
}
