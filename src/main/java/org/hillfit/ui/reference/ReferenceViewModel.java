/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.reference;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import org.hillfit.project.AnalysisSession;
import org.hillfit.report.ResultFormat;
import org.hillfit.result.ControlChart;
import org.hillfit.result.ControlPoint;
import org.hillfit.result.CurveFit;
import org.hillfit.ui.results.CellRows;
import org.hillfit.ui.results.PivotCell;
import org.hillfit.ui.results.ReplicateText;

/**
 * The Reference page's state for the assay chosen: its reference compound (as marked in the session), the control
 * chart of that compound over the session's plates ({@link AnalysisSession#referenceCharts()}, as the report's
 * Reference sheet), one row per run, the MSR and a sentence saying what to look at or, when nothing is marked yet,
 * how to mark a reference. Needs no JavaFX toolkit.
 */
public final class ReferenceViewModel {
    /** Columns of the runs table. */
    public static final List<String> HEADER =
            List.of("#", "Run (plate)", "Date", "IC50 (nM)", "pIC50", "Limits (pIC50)", "Within limits?");

    private final ObservableValue<AnalysisSession> session;
    private final StringProperty assay = new SimpleStringProperty(this, "assay", "");
    private final ReadOnlyObjectWrapper<List<String>> assays = new ReadOnlyObjectWrapper<>(this, "assays", List.of());
    private final ReadOnlyObjectWrapper<List<String>> compounds =
            new ReadOnlyObjectWrapper<>(this, "compounds", List.of());
    private final ReadOnlyStringWrapper reference = new ReadOnlyStringWrapper(this, "reference", "");
    private final ReadOnlyObjectWrapper<Optional<ControlChart>> chart =
            new ReadOnlyObjectWrapper<>(this, "chart", Optional.empty());
    private final ReadOnlyObjectWrapper<CellRows> runs = new ReadOnlyObjectWrapper<>(this, "runs", CellRows.EMPTY);
    private final ReadOnlyStringWrapper msr = new ReadOnlyStringWrapper(this, "msr", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private boolean refreshing;

    /** @param session the open session (the model's property; null when none is open) */
    public ReferenceViewModel(ObservableValue<AnalysisSession> session) {
        this.session = session;
        session.addListener((o, a, b) -> refresh());
        assay.addListener((o, a, b) -> refresh());
        refresh();
    }

    /** The assay shown; set to another of {@link #assaysProperty()} to show it. */
    public StringProperty assayProperty() {
        return assay;
    }

    /** The session's assays, in order of first appearance. */
    public ReadOnlyObjectProperty<List<String>> assaysProperty() {
        return assays.getReadOnlyProperty();
    }

    /** The compounds of the assay shown (candidates for its reference). */
    public ReadOnlyObjectProperty<List<String>> compoundsProperty() {
        return compounds.getReadOnlyProperty();
    }

    /** The assay's reference compound; "" when none is marked. */
    public ReadOnlyStringProperty referenceProperty() {
        return reference.getReadOnlyProperty();
    }

    /** The reference's control chart; empty without a reference on the assay's plates. */
    public ReadOnlyObjectProperty<Optional<ControlChart>> chartProperty() {
        return chart.getReadOnlyProperty();
    }

    /** One row per run (plate) in chart order. */
    public ReadOnlyObjectProperty<CellRows> runsProperty() {
        return runs.getReadOnlyProperty();
    }

    /** "MSR 1.32"; "MSR —" with fewer than 2 exact runs; "" without a chart. */
    public ReadOnlyStringProperty msrProperty() {
        return msr.getReadOnlyProperty();
    }

    /** Mean pIC50 with its IC50, SD, runs counted and the limits for the next run; "" without a chart. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** What to do or look at: how to mark a reference, why there are no limits yet, or which runs lie outside. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    private void refresh() {
        if (refreshing) {
            return;
        }
        refreshing = true;
        try {
            show(Optional.ofNullable(session.getValue()));
        } finally {
            refreshing = false;
        }
    }

    private void show(Optional<AnalysisSession> current) {
        List<CurveFit> curves = current.map(s -> s.result().curves()).orElse(List.of());
        List<String> names = curves.stream().map(CurveFit::assay).distinct().toList();
        String chosen = names.contains(assay.get()) ? assay.get() : firstMarked(current, names);
        assays.set(names);
        assay.set(chosen);
        compounds.set(curves.stream()
                .filter(c -> c.assay().equals(chosen))
                .map(CurveFit::compound)
                .distinct()
                .toList());
        reference.set(current.map(s -> s.references().getOrDefault(chosen, "")).orElse(""));
        Optional<ControlChart> shown = current.flatMap(s -> s.referenceCharts().stream()
                .filter(c -> c.assay().equals(chosen))
                .findFirst());
        chart.set(shown);
        runs.set(shown.map(ReferenceViewModel::rows).orElse(CellRows.EMPTY));
        msr.set(shown.map(c -> "MSR " + (Double.isFinite(c.msr()) ? ResultFormat.decimals(c.msr(), 2) : "—"))
                .orElse(""));
        summary.set(shown.map(ReferenceWords::summary).orElse(""));
        message.set(
                current.isEmpty()
                        ? ReferenceWords.NOTHING_OPEN
                        : ReferenceWords.message(chosen, reference.get(), shown));
    }

    private static String firstMarked(Optional<AnalysisSession> current, List<String> names) {
        return names.stream()
                .filter(a -> current.map(s -> s.references().containsKey(a)).orElse(false))
                .findFirst()
                .orElse(names.isEmpty() ? "" : names.get(0));
    }

    private static CellRows rows(ControlChart chart) {
        List<List<PivotCell>> rows = new ArrayList<>();
        List<ControlPoint> points = chart.points();
        for (int i = 0; i < points.size(); i++) {
            ControlPoint p = points.get(i);
            boolean limited = Double.isFinite(p.lowerLimit());
            rows.add(List.of(
                    PivotCell.number(Integer.toString(i + 1), i + 1, ""),
                    PivotCell.of(p.run(), ""),
                    PivotCell.of(p.date().map(Object::toString).orElse(""), ""),
                    ReplicateText.ic50(p.potency()),
                    ReplicateText.pIc50(p.pIc50()),
                    limited ? PivotCell.of(ReferenceWords.limits(p.lowerLimit(), p.upperLimit()), "") : PivotCell.EMPTY,
                    ReferenceWords.verdict(p)));
        }
        return new CellRows(HEADER, rows);
    }
}
