/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.hillfit.fit.Qualifier;
import org.hillfit.plate.ConcentrationUnit;
import org.hillfit.result.Selectivity;
import org.hillfit.result.SelectivityTable;

/**
 * The Selectivity sheet: compounds × assays of IC50s, then per off-target the fold over the primary assay with its
 * 95 % CI. Values are numbers whose format shows the qualifier ("&gt;400"), so they sort and still read right; a
 * fold that cannot be determined (both IC50s bounds in the same direction) says so in words.
 */
final class SelectivitySheet {
    static final String NAME = "Selectivity";

    private SelectivitySheet() {}

    static List<String> header(SelectivityTable table, ConcentrationUnit unit) {
        List<String> header = new ArrayList<>(List.of("Compound"));
        for (String assay : table.assays()) {
            header.add(assay + " IC50 (" + unit.symbol() + ")");
        }
        for (String off : table.offTargets()) {
            String fold = off + "/" + table.primaryAssay();
            header.add(fold + " fold");
            header.add(fold + " 95% CI low");
            header.add(fold + " 95% CI high");
        }
        header.add("Notes");
        return header;
    }

    static void write(Workbook workbook, Styles styles, SelectivityTable table, ConcentrationUnit unit) {
        Sheet sheet = workbook.createSheet(NAME);
        List<String> header = header(table, unit);
        int[] max = new int[header.size()];
        java.util.Arrays.fill(max, 14);
        max[0] = 30;
        max[max.length - 1] = 80;
        SheetTable t = new SheetTable(sheet, styles, 0, header, max);
        for (SelectivityTable.Row r : table.rows()) {
            Row row = t.nextRow();
            int c = 0;
            t.text(row, c++, r.compound());
            for (String assay : table.assays()) {
                potency(t, styles, row, c++, r, assay, unit);
            }
            for (String off : table.offTargets()) {
                fold(t, styles, row, c, r, off, table.primaryAssay());
                c += 3;
            }
            t.text(row, c, notes(r, table.assays()), styles.wrapped);
        }
        t.finish(1);
    }

    private static void potency(
            SheetTable t,
            Styles styles,
            Row row,
            int column,
            SelectivityTable.Row r,
            String assay,
            ConcentrationUnit u) {
        Optional<Selectivity.Potency> p = r.potency(assay);
        if (p.isPresent()) {
            double value = p.get().ic50Molar() * Math.pow(10, -u.exponent());
            t.significant(row, column, ResultNumbers.significant(value), p.get().qualifier());
        } else if (r.isUndetermined(assay)) {
            t.text(row, column, "undetermined", styles.muted);
        }
    }

    private static void fold(
            SheetTable t, Styles styles, Row row, int column, SelectivityTable.Row r, String off, String primary) {
        if (r.potency(off).isEmpty() && !r.isUndetermined(off)
                || r.potency(primary).isEmpty() && !r.isUndetermined(primary)) {
            return; // not measured on one side: nothing to say
        }
        Optional<Selectivity.Fold> fold = r.fold(off, primary);
        if (fold.isEmpty()) {
            t.text(row, column, "undetermined", styles.muted);
            return;
        }
        Selectivity.Fold f = fold.get();
        t.significant(row, column, ResultNumbers.significant(f.value()), f.qualifier());
        if (f.hasConfidenceInterval()) {
            t.significant(row, column + 1, ResultNumbers.significant(f.ciLow()), Qualifier.EQUAL);
            t.significant(row, column + 2, ResultNumbers.significant(f.ciHigh()), Qualifier.EQUAL);
        }
    }

    /** Non-ok curves and combined replicates, per assay: "JAK3: inactive; TYK2: 2 curves combined". */
    static String notes(SelectivityTable.Row r, List<String> assays) {
        List<String> notes = new ArrayList<>();
        for (String assay : assays) {
            List<String> parts = new ArrayList<>(r.notes().getOrDefault(assay, List.of()));
            int curves = r.curveCounts().getOrDefault(assay, 0);
            if (curves > 1) {
                parts.add(curves + " curves combined");
            }
            if (!parts.isEmpty()) {
                notes.add(assay + ": " + String.join(", ", parts));
            }
        }
        return String.join("; ", notes);
    }
}
