/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.report;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.hillfit.fit.Qualifier;
import org.hillfit.job.CancellationToken;
import org.hillfit.plate.ConcentrationUnit;
import org.hillfit.result.PlateResult;

/**
 * The Data sheet: every well the layout uses, on every plate, with its raw channels (one column per channel name
 * across all plates), the readout, % inhibition, whether it is masked and why, and instrument flags, so every
 * number on the other sheets can be traced back. Streamed: written row by row.
 */
final class DataSheet {
    static final String NAME = "Data";

    private DataSheet() {}

    static List<String> header(List<String> channels, ConcentrationUnit unit) {
        List<String> header = new ArrayList<>(
                List.of("Assay", "Plate", "Well", "Role", "Compound", "Concentration (" + unit.symbol() + ")"));
        channels.forEach(c -> header.add(c + " (raw)"));
        header.addAll(List.of("Readout", "% inhibition", "Masked", "Flags"));
        return header;
    }

    /**
     * Writes the sheet, checking for cancellation before each plate.
     *
     * @param plateDone called after each plate
     */
    static void write(
            Workbook workbook,
            Styles styles,
            List<PlateResult> plates,
            ConcentrationUnit unit,
            CancellationToken cancellation,
            Runnable plateDone) {
        Sheet sheet = workbook.createSheet(NAME);
        List<String> channels = WellRecord.channels(plates);
        List<String> header = header(channels, unit);
        int[] max = new int[header.size()];
        java.util.Arrays.fill(max, 14);
        max[1] = 20;
        max[4] = 24;
        max[header.size() - 2] = 40;
        max[header.size() - 1] = 40;
        SheetTable table = new SheetTable(sheet, styles, 0, header, max);
        for (PlateResult plate : plates) {
            cancellation.throwIfCancelled();
            WellRecord.forEach(plate, channels, unit, w -> row(table, styles, w));
            plateDone.run();
        }
        table.finish(3);
    }

    private static void row(SheetTable t, Styles styles, WellRecord w) {
        Row row = t.nextRow();
        int c = 0;
        t.text(row, c++, w.assay());
        t.text(row, c++, w.plate());
        t.text(row, c++, w.well().label());
        t.text(row, c++, w.role().slug());
        t.text(row, c++, w.compound());
        t.number(row, c++, w.concentration(), styles.general);
        for (int i = 0; i < w.raw().size(); i++) {
            if (!w.rawMarkers().get(i).isEmpty()) {
                t.text(row, c++, w.rawMarkers().get(i));
            } else {
                t.number(row, c++, w.raw().get(i), styles.general);
            }
        }
        // Full precision in the cell; 5 significant digits on screen.
        t.number(row, c++, w.readout(), styles.significant(Qualifier.EQUAL, w.readout(), 5));
        t.number(row, c++, w.percentInhibition(), styles.decimal1);
        t.text(row, c++, w.mask());
        t.text(row, c, w.flags());
    }
}
