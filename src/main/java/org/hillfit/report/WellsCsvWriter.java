/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hillfit.plate.ConcentrationUnit;
import org.hillfit.result.AnalysisResult;

/**
 * The analysed wells as a tidy table ({@code hillfit analyze --wells-csv}), one row per well the layout uses:
 * {@code assay,plate,well,role,compound,concentration_nM,readout,percent_inhibition,masked,mask_reason,flags},
 * then one {@code raw:<channel>} column per channel name of any plate (empty where a plate lacks it or the well
 * has a marker, whose text is then in {@code flags}). Numbers at full precision; text made spreadsheet-safe.
 */
public final class WellsCsvWriter {
    /** The fixed leading columns. */
    public static final List<String> HEADER = List.of(
            "assay",
            "plate",
            "well",
            "role",
            "compound",
            "concentration_nM",
            "readout",
            "percent_inhibition",
            "masked",
            "mask_reason",
            "flags");

    private WellsCsvWriter() {}

    /** Writes the file atomically. */
    public static void write(AnalysisResult result, Path target) throws IOException {
        List<String> channels = WellRecord.channels(result.plates());
        List<String> header = new ArrayList<>(HEADER);
        channels.forEach(c -> header.add("raw:" + c));
        CsvOutput.write(target, header.stream().map(CsvText::safe).toList(), printer -> {
            List<WellRecord> records = new ArrayList<>();
            for (var plate : result.plates()) {
                records.clear();
                WellRecord.forEach(plate, channels, ConcentrationUnit.NANOMOLAR, records::add);
                for (WellRecord w : records) {
                    printer.printRecord(cells(w));
                }
            }
        });
    }

    private static List<String> cells(WellRecord w) {
        List<String> cells = new ArrayList<>(List.of(
                CsvText.safe(w.assay()),
                CsvText.safe(w.plate()),
                w.well().label(),
                w.role().slug(),
                CsvText.safe(w.compound()),
                number(w.concentration()),
                number(w.readout()),
                number(w.percentInhibition()),
                w.mask().isEmpty() ? "no" : "yes",
                CsvText.safe(w.mask()),
                CsvText.safe(w.flags())));
        for (double raw : w.raw()) {
            cells.add(number(raw));
        }
        return cells;
    }

    private static String number(double v) {
        return Double.isFinite(v) ? TidyCsvWriter.fullPrecision(v) : "";
    }
}
