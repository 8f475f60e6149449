/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import org.hillfit.report.ResultFormat;
import org.hillfit.result.CurveFit;
import org.hillfit.result.Selectivity;
import org.hillfit.result.SelectivityTable;
import org.hillfit.ui.session.CurveItem;

/**
 * The selectivity pivot: compound rows, one IC50 column per assay, then per off-target assay its fold over the
 * primary assay. Built by {@link SelectivityTable} (the Excel report's Selectivity sheet uses the same), texts by
 * {@link ResultFormat}. Needs no JavaFX toolkit.
 */
public final class SelectivityViewModel {
    private final ObservableValue<List<CurveItem>> curves;
    private final StringProperty primary = new SimpleStringProperty(this, "primary", "");
    private final ReadOnlyObjectWrapper<List<String>> assays = new ReadOnlyObjectWrapper<>(this, "assays", List.of());
    private final ReadOnlyObjectWrapper<CellRows> pivot = new ReadOnlyObjectWrapper<>(this, "pivot", CellRows.EMPTY);

    /** @param curves the session's curves (the model's property) */
    public SelectivityViewModel(ObservableValue<List<CurveItem>> curves) {
        this.curves = curves;
        curves.addListener((o, a, b) -> refresh());
        primary.addListener((o, a, b) -> refresh());
        refresh();
    }

    /** The primary assay the folds are taken over ("" for the first assay). */
    public StringProperty primaryProperty() {
        return primary;
    }

    /** The assays of the session, in first-appearance order. */
    public ReadOnlyObjectProperty<List<String>> assaysProperty() {
        return assays.getReadOnlyProperty();
    }

    /** The pivot: one row per compound. */
    public ReadOnlyObjectProperty<CellRows> pivotProperty() {
        return pivot.getReadOnlyProperty();
    }

    /**
     * The sentence beside the primary assay: how a fold is taken, or, with a single assay open, that there is
     * nothing to take it over yet (the page would otherwise show one IC50 column under a fold legend).
     *
     * @param assays the session's assays
     * @return one line for the toolbar
     */
    public static String legend(List<String> assays) {
        return assays.size() == 1
                ? "Only " + assays.get(0) + " is open: open plates of another assay to see folds over it."
                : "fold = off-target IC50 / primary IC50";
    }

    /** The pivot as tab-separated text. */
    public String tsv() {
        return pivot.get().tsv();
    }

    private void refresh() {
        List<CurveFit> fits = curves.getValue().stream().map(CurveItem::curve).toList();
        List<String> names = fits.stream().map(CurveFit::assay).distinct().toList();
        assays.set(names);
        if (names.isEmpty()) {
            pivot.set(CellRows.EMPTY);
            return;
        }
        String chosen = names.contains(primary.get()) ? primary.get() : names.get(0);
        pivot.set(pivot(SelectivityTable.of(fits, Optional.of(chosen))));
    }

    private static CellRows pivot(SelectivityTable table) {
        List<String> header = new ArrayList<>(List.of("Compound"));
        table.assays().forEach(a -> header.add(a + " IC50 (nM)"));
        table.offTargets().forEach(a -> header.add(a + "/" + table.primaryAssay() + " fold"));
        List<List<PivotCell>> rows = new ArrayList<>();
        for (SelectivityTable.Row row : table.rows()) {
            List<PivotCell> cells = new ArrayList<>();
            cells.add(PivotCell.of(row.compound(), ""));
            table.assays().forEach(a -> cells.add(ic50(row, a)));
            table.offTargets().forEach(a -> cells.add(fold(row, a, table.primaryAssay())));
            rows.add(cells);
        }
        return new CellRows(header, rows);
    }

    private static PivotCell ic50(SelectivityTable.Row row, String assay) {
        Optional<Selectivity.Potency> potency = row.potency(assay);
        if (potency.isEmpty()) {
            return row.isUndetermined(assay)
                    ? PivotCell.of("undetermined", "the curves' bounds conflict")
                    : PivotCell.EMPTY;
        }
        Selectivity.Potency p = potency.get();
        String qualifier = p.qualifier() == org.hillfit.fit.Qualifier.EQUAL
                ? ""
                : p.qualifier().symbol();
        double nanomolar = p.ic50Molar() * 1e9;
        String text = qualifier + ResultFormat.significant(nanomolar, ResultFormat.SIGNIFICANT_DIGITS);
        List<String> notes = new ArrayList<>(row.notes().getOrDefault(assay, List.of()));
        if (p.curves() > 1) {
            notes.add(p.curves() + " curves combined (geometric mean)");
        }
        return PivotCell.number(text, nanomolar, String.join(", ", notes));
    }

    private static PivotCell fold(SelectivityTable.Row row, String offTarget, String primary) {
        boolean measured = (row.potency(offTarget).isPresent() || row.isUndetermined(offTarget))
                && (row.potency(primary).isPresent() || row.isUndetermined(primary));
        if (!measured) {
            return PivotCell.EMPTY;
        }
        Optional<Selectivity.Fold> fold = row.fold(offTarget, primary);
        if (fold.isEmpty()) {
            return PivotCell.of("undetermined", "both IC50s are bounds in the same direction");
        }
        Selectivity.Fold f = fold.get();
        String ci = ResultFormat.foldInterval(f);
        String detail = offTarget + " IC50 / " + primary + " IC50" + (ci.isEmpty() ? "" : "; 95% CI " + ci);
        return PivotCell.fold(ResultFormat.fold(f), f.value(), detail);
    }
}
