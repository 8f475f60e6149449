/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.results;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import org.hillfit.ui.session.CurveItem;

/**
 * The IC50 table's rows: every curve of the session, narrowed by a search text that matches assay, plate,
 * compound, status, class or flags. Copies rows as tab-separated text. Needs no JavaFX toolkit.
 */
public final class ResultsViewModel {
    private final ObservableValue<List<CurveItem>> curves;
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ReadOnlyObjectWrapper<List<CurveItem>> rows = new ReadOnlyObjectWrapper<>(this, "rows", List.of());

    /** @param curves the session's curves (the model's property) */
    public ResultsViewModel(ObservableValue<List<CurveItem>> curves) {
        this.curves = curves;
        curves.addListener((o, a, b) -> refresh());
        search.addListener((o, a, b) -> refresh());
        refresh();
    }

    /** The search text. */
    public StringProperty searchProperty() {
        return search;
    }

    /** The rows shown, in plate order (the table sorts them). */
    public ReadOnlyObjectProperty<List<CurveItem>> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    /** The columns, in order. */
    public List<ResultColumn> columns() {
        return Arrays.asList(ResultColumn.values());
    }

    /** The rows as tab-separated text with the header line, in the given order. */
    public String tsv(List<CurveItem> items) {
        List<String> header = columns().stream().map(ResultColumn::header).toList();
        List<List<String>> lines = items.stream()
                .map(item -> columns().stream().map(c -> c.cell(item).text()).toList())
                .toList();
        return TsvText.of(header, lines);
    }

    private void refresh() {
        String[] words = search.get().toLowerCase(Locale.ROOT).strip().split("\\s+");
        List<CurveItem> all = curves.getValue();
        rows.set(all.stream().filter(item -> matches(item, words)).toList());
    }

    /** Every word of the search appears in one of the row's texts. */
    private static boolean matches(CurveItem item, String[] words) {
        String haystack = String.join(
                        " ",
                        item.curve().assay(),
                        item.curve().plate(),
                        item.curve().compound(),
                        item.curve().status().slug(),
                        item.curve().result().curveClass(),
                        String.join(" ", item.curve().flags()))
                .toLowerCase(Locale.ROOT);
        return Arrays.stream(words).allMatch(haystack::contains);
    }
}
