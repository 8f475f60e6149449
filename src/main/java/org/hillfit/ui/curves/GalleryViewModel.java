/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.curves;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import org.hillfit.project.CurveKey;
import org.hillfit.ui.session.CurveItem;

/**
 * The curve gallery's contents: the session's curves filtered by compound, assay, status, class and plate QC, in
 * the chosen order, and stepping through them for keyboard review. Needs no JavaFX toolkit.
 */
public final class GalleryViewModel {
    /** The choice meaning "no restriction" in the assay and class lists. */
    public static final String ALL = "";

    private final ObservableValue<List<CurveItem>> curves;
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final StringProperty assay = new SimpleStringProperty(this, "assay", ALL);
    private final StringProperty curveClass = new SimpleStringProperty(this, "curveClass", ALL);
    private final ObjectProperty<CurveFilter.StatusFilter> status =
            new SimpleObjectProperty<>(this, "status", CurveFilter.StatusFilter.ALL);
    private final ObjectProperty<CurveFilter.QcFilter> qc =
            new SimpleObjectProperty<>(this, "qc", CurveFilter.QcFilter.ANY);
    private final ObjectProperty<GallerySort> sort = new SimpleObjectProperty<>(this, "sort", GallerySort.PLATE);
    private final ReadOnlyObjectWrapper<List<CurveItem>> visible =
            new ReadOnlyObjectWrapper<>(this, "visible", List.of());
    private final ReadOnlyObjectWrapper<List<String>> assays = new ReadOnlyObjectWrapper<>(this, "assays", List.of());
    private final ReadOnlyObjectWrapper<List<String>> classes = new ReadOnlyObjectWrapper<>(this, "classes", List.of());

    /** @param curves the session's curves (the model's property) */
    public GalleryViewModel(ObservableValue<List<CurveItem>> curves) {
        this.curves = curves;
        curves.addListener((o, a, b) -> refresh());
        text.addListener((o, a, b) -> refresh());
        assay.addListener((o, a, b) -> refresh());
        curveClass.addListener((o, a, b) -> refresh());
        status.addListener((o, a, b) -> refresh());
        qc.addListener((o, a, b) -> refresh());
        sort.addListener((o, a, b) -> refresh());
        refresh();
    }

    /** The current filter. */
    public CurveFilter filter() {
        return new CurveFilter(text.get(), assay.get(), status.get(), curveClass.get(), qc.get());
    }

    /**
     * The curve {@code delta} places from {@code current} among those shown (clamped to the ends); the first shown
     * when {@code current} is not shown.
     */
    public Optional<CurveKey> step(Optional<CurveKey> current, int delta) {
        List<CurveItem> shown = visible.get();
        if (shown.isEmpty()) {
            return Optional.empty();
        }
        int index = current.map(this::indexOf).orElse(-1);
        if (index < 0) {
            return Optional.of(shown.get(0).key());
        }
        int next = Math.max(0, Math.min(shown.size() - 1, index + delta));
        return Optional.of(shown.get(next).key());
    }

    /** The position of a curve among those shown, or −1. */
    public int indexOf(CurveKey key) {
        List<CurveItem> shown = visible.get();
        for (int i = 0; i < shown.size(); i++) {
            if (shown.get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    /** Part of the compound name to show (any case); "" for all. */
    public StringProperty textProperty() {
        return text;
    }

    /** The assay to show; {@link #ALL} for all. */
    public StringProperty assayProperty() {
        return assay;
    }

    /** The curve class to show; {@link #ALL} for all. */
    public StringProperty curveClassProperty() {
        return curveClass;
    }

    /** The statuses to show. */
    public ObjectProperty<CurveFilter.StatusFilter> statusProperty() {
        return status;
    }

    /** The plate QC verdicts to show. */
    public ObjectProperty<CurveFilter.QcFilter> qcProperty() {
        return qc;
    }

    /** The order of the curves shown. */
    public ObjectProperty<GallerySort> sortProperty() {
        return sort;
    }

    /** The curves shown, in order. */
    public ReadOnlyObjectProperty<List<CurveItem>> visibleProperty() {
        return visible.getReadOnlyProperty();
    }

    /** The session's assays, in first-appearance order. */
    public ReadOnlyObjectProperty<List<String>> assaysProperty() {
        return assays.getReadOnlyProperty();
    }

    /** The curve classes present, sorted. */
    public ReadOnlyObjectProperty<List<String>> classesProperty() {
        return classes.getReadOnlyProperty();
    }

    /** The number of curves in the session. */
    public int total() {
        return curves.getValue().size();
    }

    private void refresh() {
        List<CurveItem> all = curves.getValue();
        assays.set(all.stream().map(c -> c.curve().assay()).distinct().toList());
        classes.set(all.stream()
                .map(c -> c.curve().result().curveClass())
                .distinct()
                .sorted()
                .toList());
        CurveFilter filter = filter();
        List<CurveItem> shown = new ArrayList<>(all.stream().filter(filter).toList());
        shown.sort(sort.get().order());
        visible.set(List.copyOf(shown));
    }
}
