/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.plate;

import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.hillfit.analysis.HeatMap;
import org.hillfit.plate.WellId;
import org.hillfit.project.AnalysisSession;
import org.hillfit.project.Note;
import org.hillfit.project.PlateKey;
import org.hillfit.project.SessionPlate;
import org.hillfit.ui.notes.NoteText;
import org.hillfit.ui.session.SessionModel;

/**
 * The plate page's state: the plates, the one shown (following the selected curve), which heat-map layer (a raw
 * channel, the readout, % inhibition or B-score) and which layout overlay, the plate's QC figures and its notes. Heat maps come
 * from the core ({@link org.hillfit.result.PlateResult#heatMaps()}). Needs no JavaFX toolkit.
 */
public final class PlatesViewModel {
    /** The layer shown when a plate is first opened. */
    public static final String DEFAULT_LAYER = "% inhibition";

    private final SessionModel model;
    private final ReadOnlyObjectWrapper<List<SessionPlate>> plates =
            new ReadOnlyObjectWrapper<>(this, "plates", List.of());
    private final ObjectProperty<PlateKey> selected = new SimpleObjectProperty<>(this, "selected");
    private final StringProperty layer = new SimpleStringProperty(this, "layer", DEFAULT_LAYER);
    private final ObjectProperty<Overlay> overlay = new SimpleObjectProperty<>(this, "overlay", Overlay.ROLES);
    private final ReadOnlyObjectWrapper<SessionPlate> plate = new ReadOnlyObjectWrapper<>(this, "plate");
    private final ReadOnlyObjectWrapper<List<String>> layers = new ReadOnlyObjectWrapper<>(this, "layers", List.of());
    private final ReadOnlyObjectWrapper<HeatMap> heatMap = new ReadOnlyObjectWrapper<>(this, "heatMap");
    private final ReadOnlyObjectWrapper<List<QcFigure>> qc = new ReadOnlyObjectWrapper<>(this, "qc", List.of());
    private final ReadOnlyObjectWrapper<List<Note>> notes = new ReadOnlyObjectWrapper<>(this, "notes", List.of());
    private final ReadOnlyObjectWrapper<Set<WellId>> chosen = new ReadOnlyObjectWrapper<>(this, "chosen", Set.of());

    public PlatesViewModel(SessionModel model) {
        this.model = model;
        model.sessionProperty().addListener((o, a, session) -> refresh());
        model.selectedCurveProperty().addListener((o, a, key) -> {
            if (key != null) {
                selected.set(key.plate());
            }
        });
        selected.addListener((o, a, b) -> refresh());
        layer.addListener((o, a, b) -> refresh());
        refresh();
    }

    /** Every plate of the session, in input order. */
    public ReadOnlyObjectProperty<List<SessionPlate>> platesProperty() {
        return plates.getReadOnlyProperty();
    }

    /** The plate chosen (null for the first). */
    public ObjectProperty<PlateKey> selectedProperty() {
        return selected;
    }

    /** The layer chosen, by its name ("% inhibition", "B-score", a channel name, the readout's name). */
    public StringProperty layerProperty() {
        return layer;
    }

    /** The layout overlay. */
    public ObjectProperty<Overlay> overlayProperty() {
        return overlay;
    }

    /** The plate shown (null when there is none). */
    public ReadOnlyObjectProperty<SessionPlate> plateProperty() {
        return plate.getReadOnlyProperty();
    }

    /** The layers the plate offers. */
    public ReadOnlyObjectProperty<List<String>> layersProperty() {
        return layers.getReadOnlyProperty();
    }

    /** The heat map shown (null when there is no plate). */
    public ReadOnlyObjectProperty<HeatMap> heatMapProperty() {
        return heatMap.getReadOnlyProperty();
    }

    /** The plate's QC figures. */
    public ReadOnlyObjectProperty<List<QcFigure>> qcProperty() {
        return qc.getReadOnlyProperty();
    }

    /** The notes on the plate shown, oldest first. */
    public ReadOnlyObjectProperty<List<Note>> notesProperty() {
        return notes.getReadOnlyProperty();
    }

    /** The wells chosen (shift-click, or a drag over a rectangle) on the plate shown, in plate order; cleared when another plate is shown. */
    public ReadOnlyObjectProperty<Set<WellId>> chosenProperty() {
        return chosen.getReadOnlyProperty();
    }

    /** Adds a well to the chosen ones, or takes it out. */
    public void toggleChosen(WellId well) {
        Set<WellId> next = new TreeSet<>(chosen.get());
        if (!next.remove(well)) {
            next.add(well);
        }
        chosen.set(Collections.unmodifiableSet(next));
    }

    /**
     * Chooses the wells of the rectangle with these two corners (a drag over the heat map): instead of the wells
     * chosen so far, or added to them.
     */
    public void chooseRectangle(WellId corner, WellId opposite, boolean add) {
        Set<WellId> next = new TreeSet<>(add ? chosen.get() : Set.of());
        for (int row = Math.min(corner.rowIndex(), opposite.rowIndex());
                row <= Math.max(corner.rowIndex(), opposite.rowIndex());
                row++) {
            for (int column = Math.min(corner.column(), opposite.column());
                    column <= Math.max(corner.column(), opposite.column());
                    column++) {
                next.add(new WellId(row, column));
            }
        }
        chosen.set(Collections.unmodifiableSet(next));
    }

    /** Forgets the chosen wells. */
    public void clearChosen() {
        chosen.set(Set.of());
    }

    /** What a note on the plate shown is about ("TYK2 / TYK2-P1"), when one is shown. */
    public Optional<String> noteTarget() {
        return Optional.ofNullable(plate.get()).map(NoteText::target);
    }

    /** The name of a heat map's layer: its title after the plate name ("TYK2-P1 · % inhibition" → "% inhibition"). */
    static String layerName(HeatMap map) {
        String title = map.title();
        int dot = title.lastIndexOf(" · ");
        return dot < 0 ? title : title.substring(dot + 3);
    }

    private void refresh() {
        Optional<AnalysisSession> session = model.current();
        List<SessionPlate> all = session.map(AnalysisSession::plates).orElse(List.of());
        plates.set(all);
        Optional<SessionPlate> shown = all.stream()
                .filter(p -> p.key().equals(selected.get()))
                .findFirst()
                .or(() -> all.stream().findFirst());
        if (!shown.map(SessionPlate::key)
                .equals(Optional.ofNullable(plate.get()).map(SessionPlate::key))) {
            clearChosen();
        }
        plate.set(shown.orElse(null));
        notes.set(noteTarget().map(t -> NoteText.about(session, t)).orElse(List.of()));
        if (shown.isEmpty()) {
            layers.set(List.of());
            heatMap.set(null);
            qc.set(List.of());
            return;
        }
        List<HeatMap> maps = shown.get().result().heatMaps();
        layers.set(maps.stream().map(PlatesViewModel::layerName).toList());
        heatMap.set(maps.stream()
                .filter(m -> layerName(m).equals(layer.get()))
                .findFirst()
                .orElse(maps.stream()
                        .filter(m -> m.layer() == HeatMap.Layer.PERCENT_INHIBITION)
                        .findFirst()
                        .orElse(maps.get(0))));
        qc.set(QcFigure.of(shown.get().result().normalized().qc()));
    }
}
