/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.curves;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.hillfit.plate.ConcentrationUnit;
import org.hillfit.project.Note;
import org.hillfit.report.CurvePlotData;
import org.hillfit.report.FlagText;
import org.hillfit.report.ResultFormat;
import org.hillfit.result.CurveFit;
import org.hillfit.ui.notes.NoteText;
import org.hillfit.ui.results.ResultColumn;
import org.hillfit.ui.session.CurveItem;
import org.hillfit.ui.session.SessionModel;

/**
 * What the detail pane shows for the selected curve: the chart data (the curve alone, or the compound on every
 * assay), the fit's numbers in the report's format, the flags in words and the notes on the curve. Recomputed when the selection or the
 * session changes. Needs no JavaFX toolkit.
 */
public final class CurveDetailViewModel {

    /**
     * The texts of the detail pane.
     *
     * @param title the compound
     * @param subtitle "TYK2 · plate TYK2-P1 · Z′ 0.78 (pass)"
     * @param status the status, with the review decision
     * @param values label → value pairs in display order (IC50, 95 % CI, pIC50, Hill, Top, Bottom, R², points, class)
     * @param flags each flag in words
     */
    public record Details(String title, String subtitle, String status, List<Value> values, List<String> flags) {
        public Details {
            values = List.copyOf(values);
            flags = List.copyOf(flags);
        }
    }

    /**
     * One labelled number of the detail pane.
     *
     * @param label "IC50", "95% CI (nM)", …
     * @param text the value as shown everywhere ("—" when there is none)
     */
    public record Value(String label, String text) {}

    private final SessionModel model;
    private final BooleanProperty overlay = new SimpleBooleanProperty(this, "overlay");
    private final ReadOnlyObjectWrapper<CurveItem> item = new ReadOnlyObjectWrapper<>(this, "item");
    private final ReadOnlyObjectWrapper<CurvePlotData> plot = new ReadOnlyObjectWrapper<>(this, "plot");
    private final ReadOnlyObjectWrapper<Details> details = new ReadOnlyObjectWrapper<>(this, "details");
    private final ReadOnlyObjectWrapper<List<Note>> notes = new ReadOnlyObjectWrapper<>(this, "notes", List.of());

    public CurveDetailViewModel(SessionModel model) {
        this.model = model;
        model.selectedCurveProperty().addListener((o, a, b) -> refresh());
        model.curvesProperty().addListener((o, a, b) -> refresh());
        model.sessionProperty().addListener((o, a, b) -> refreshNotes());
        overlay.addListener((o, a, b) -> refresh());
        refresh();
    }

    /** True to overlay the compound's curves on every assay (TYK2 vs JAK1/2/3). */
    public BooleanProperty overlayProperty() {
        return overlay;
    }

    /** The curve shown (null when none). */
    public ReadOnlyObjectProperty<CurveItem> itemProperty() {
        return item.getReadOnlyProperty();
    }

    /** The chart data (null when no curve is selected). */
    public ReadOnlyObjectProperty<CurvePlotData> plotProperty() {
        return plot.getReadOnlyProperty();
    }

    /** The texts (null when no curve is selected). */
    public ReadOnlyObjectProperty<Details> detailsProperty() {
        return details.getReadOnlyProperty();
    }

    /** The notes on the curve shown, oldest first. */
    public ReadOnlyObjectProperty<List<Note>> notesProperty() {
        return notes.getReadOnlyProperty();
    }

    /** What a note on the curve shown is about ("TYK2 / TYK2-P1 / HF-003"), when one is shown. */
    public Optional<String> noteTarget() {
        return Optional.ofNullable(item.get()).map(NoteText::target);
    }

    /** The IC50 text of the curve shown ("2.38 nM"), "" when none. */
    public String ic50Text() {
        CurveItem shown = item.get();
        return shown == null ? "" : ResultFormat.ic50(shown.curve().result(), ConcentrationUnit.NANOMOLAR);
    }

    private void refresh() {
        Optional<CurveItem> selected = model.selectedItem();
        item.set(selected.orElse(null));
        plot.set(selected.map(this::plotData).orElse(null));
        details.set(selected.map(CurveDetailViewModel::details).orElse(null));
        refreshNotes();
    }

    private void refreshNotes() {
        notes.set(noteTarget().map(t -> NoteText.about(model.current(), t)).orElse(List.of()));
    }

    private CurvePlotData plotData(CurveItem shown) {
        CurveFit curve = shown.curve();
        if (overlay.get()) {
            List<CurveFit> sameRun = sameRun(curve, model.curvesProperty().get());
            if (sameRun.size() > 1) {
                return CurvePlotData.overlay(curve.compound(), sameRun, ConcentrationUnit.NANOMOLAR);
            }
        }
        return CurvePlotData.of(curve);
    }

    /**
     * The compound's curve on every assay, one per assay: when an assay has several plates (runs), the plate in the
     * same position as the shown curve's plate in its own assay (the third TYK2 plate goes with the third JAK1 plate),
     * else the assay's last.
     */
    static List<CurveFit> sameRun(CurveFit shown, List<CurveItem> all) {
        java.util.Map<String, List<CurveFit>> byAssay = new java.util.LinkedHashMap<>();
        all.stream()
                .map(CurveItem::curve)
                .filter(c -> c.compound().equals(shown.compound()))
                .forEach(c -> byAssay.computeIfAbsent(c.assay(), a -> new ArrayList<>())
                        .add(c));
        List<CurveFit> own = byAssay.getOrDefault(shown.assay(), List.of());
        int run = java.util.stream.IntStream.range(0, own.size())
                .filter(i -> own.get(i) == shown) // by identity: two runs may hold equal numbers
                .findFirst()
                .orElse(0);
        List<CurveFit> overlay = new ArrayList<>();
        byAssay.forEach((assay, curves) ->
                overlay.add(assay.equals(shown.assay()) ? shown : curves.get(Math.min(run, curves.size() - 1))));
        return overlay;
    }

    static Details details(CurveItem shown) {
        CurveFit curve = shown.curve();
        var qc = shown.qc();
        String subtitle = curve.assay() + " · plate " + curve.plate() + " · Z′ " + ResultFormat.decimals(qc.zPrime(), 2)
                + " (" + qc.verdict().slug() + ")";
        String status = curve.status().slug()
                + curve.decision()
                        .map(d -> " · " + d.verdict().slug() + " by " + d.user() + " (" + d.reason() + ")")
                        .orElse("");
        List<Value> values = new ArrayList<>();
        String ic50 = ResultFormat.ic50(curve.result(), ConcentrationUnit.NANOMOLAR);
        values.add(new Value("IC50", ic50.isEmpty() ? "—" : ic50));
        for (ResultColumn column : List.of(
                ResultColumn.CI,
                ResultColumn.PIC50,
                ResultColumn.HILL,
                ResultColumn.TOP,
                ResultColumn.BOTTOM,
                ResultColumn.R2,
                ResultColumn.POINTS,
                ResultColumn.CLASS)) {
            String text = column.cell(shown).text();
            values.add(new Value(column.header(), text.isEmpty() ? "—" : text));
        }
        List<String> flags = curve.flags().stream().map(FlagText::describe).toList();
        return new Details(curve.compound(), subtitle, status, values, flags);
    }
}
