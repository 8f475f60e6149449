/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.report;

import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.hillfit.analysis.WellMask;
import org.hillfit.result.PlateResult;

/**
 * The Masks sheet: every well left out of normalisation and fits, one row each, with its role, the reason (the
 * results' flag prefix: {@code overflow}, {@code user_masked}, {@code outlier_masked} …), the note, who masked it
 * ({@link WellMask#RULE_AUTHOR} for masks a rule derives from the data) and when (UTC; empty for rule masks). The
 * one list of masks in the workbook; the Methods sheet counts them and points here.
 */
final class MasksSheet {
    static final String NAME = "Masks";
    static final List<String> HEADER =
            List.of("Assay", "Plate", "Well", "Role", "Reason", "Note", "Author", "Time (UTC)");
    private static final int[] MAX_WIDTHS = {14, 20, 6, 10, 18, 40, 16, 21};

    private MasksSheet() {}

    static void write(Workbook workbook, Styles styles, List<PlateResult> plates) {
        SheetTable table = new SheetTable(workbook.createSheet(NAME), styles, 0, HEADER, MAX_WIDTHS);
        for (PlateResult plate : plates) {
            for (WellMask mask : plate.normalized().masks().values()) {
                Row row = table.nextRow();
                table.text(row, 0, plate.assay());
                table.text(row, 1, plate.plate().name());
                table.text(row, 2, mask.well().label());
                table.text(
                        row,
                        3,
                        plate.normalized().layout().content(mask.well()).role().slug());
                table.text(row, 4, mask.flagSlug());
                table.text(row, 5, mask.note());
                table.text(row, 6, mask.author());
                table.text(row, 7, mask.at().map(ResultFormat::timestamp).orElse(""));
            }
        }
        if (table.lastRow() == 0) {
            table.text(table.nextRow(), 0, "No wells were masked.", styles.muted);
        }
        table.finish(3);
    }

    /** Masked wells over all plates. */
    static int count(List<PlateResult> plates) {
        return plates.stream().mapToInt(p -> p.normalized().masks().size()).sum();
    }
}
