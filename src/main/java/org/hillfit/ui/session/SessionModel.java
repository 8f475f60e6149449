/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.session;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.hillfit.project.AnalysisSession;
import org.hillfit.project.CurveKey;
import org.hillfit.project.SessionHistory;

/**
 * The state every view shares: the one {@link AnalysisSession} under review (null before anything is opened), its
 * undo history, where it is saved, whether it changed since, the selected curve and the reason new masks get. Only
 * {@link #load} and {@link #apply} change the session; views listen. Holds JavaFX properties but needs no running
 * toolkit, so it is tested without one. Used on the FX thread.
 */
public final class SessionModel {
    private final ReadOnlyObjectWrapper<AnalysisSession> session = new ReadOnlyObjectWrapper<>(this, "session");
    private final ReadOnlyObjectWrapper<List<CurveItem>> curves =
            new ReadOnlyObjectWrapper<>(this, "curves", List.of());
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyObjectWrapper<Path> projectFile = new ReadOnlyObjectWrapper<>(this, "projectFile");
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper(this, "name", "");
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper(this, "undoText", "");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper(this, "redoText", "");
    private final ObjectProperty<CurveKey> selectedCurve = new SimpleObjectProperty<>(this, "selectedCurve");
    private final StringProperty maskReason = new SimpleStringProperty(this, "maskReason", "outlier");
    private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper(this, "empty", true);
    private Optional<SessionHistory> history = Optional.empty();

    /**
     * Shows a newly opened session: a fresh history, nothing changed yet, the first curve selected.
     *
     * @param project where it is saved; empty for a new import
     * @param displayName what the title bar calls it ("Sample panel", "screen.hillfit")
     */
    public void load(AnalysisSession opened, Optional<Path> project, String displayName) {
        history = Optional.of(SessionHistory.of(opened));
        projectFile.set(project.orElse(null));
        name.set(displayName);
        dirty.set(false);
        show(opened);
        selectedCurve.set(curves.get().isEmpty() ? null : curves.get().get(0).key());
    }

    /** Shows the present of an edited history (after a mask, decision, undo …): the session now has changes. */
    public void apply(SessionHistory next) {
        history = Optional.of(next);
        dirty.set(true);
        show(next.present());
    }

    /** Forgets the session (back to the start screen). */
    public void close() {
        history = Optional.empty();
        session.set(null);
        curves.set(List.of());
        projectFile.set(null);
        name.set("");
        undoText.set("");
        redoText.set("");
        selectedCurve.set(null);
        dirty.set(false);
        empty.set(true);
    }

    /** Marks the session as changed (a recovered autosave holds changes never saved). */
    public void markChanged() {
        dirty.set(true);
    }

    /** Records that the session was saved to a file. */
    public void markSaved(Path file) {
        projectFile.set(file);
        name.set(String.valueOf(file.getFileName()));
        dirty.set(false);
    }

    /** The session, when one is open. */
    public Optional<AnalysisSession> current() {
        return Optional.ofNullable(session.get());
    }

    /** The undo history, when a session is open. */
    public Optional<SessionHistory> history() {
        return history;
    }

    /** The selected curve as listed, when one is selected and still exists. */
    public Optional<CurveItem> selectedItem() {
        CurveKey key = selectedCurve.get();
        return key == null
                ? Optional.empty()
                : curves.get().stream().filter(c -> c.key().equals(key)).findFirst();
    }

    /** The session (null when none is open). */
    public ReadOnlyObjectProperty<AnalysisSession> sessionProperty() {
        return session.getReadOnlyProperty();
    }

    /** Every curve of the session, in plate order. */
    public ReadOnlyObjectProperty<List<CurveItem>> curvesProperty() {
        return curves.getReadOnlyProperty();
    }

    /** True when the session changed since it was opened or saved. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    /** True when no session is open. */
    public ReadOnlyBooleanProperty emptyProperty() {
        return empty.getReadOnlyProperty();
    }

    /** The project file (null when never saved). */
    public ReadOnlyObjectProperty<Path> projectFileProperty() {
        return projectFile.getReadOnlyProperty();
    }

    /** What the title bar calls the session ("" when none). */
    public ReadOnlyStringProperty nameProperty() {
        return name.getReadOnlyProperty();
    }

    /** What undo would undo ("" when nothing). */
    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    /** What redo would redo ("" when nothing). */
    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }

    /** The curve shown in the detail pane (null when none). */
    public ObjectProperty<CurveKey> selectedCurveProperty() {
        return selectedCurve;
    }

    /** The note new masks get ("outlier", "bubble", …). */
    public StringProperty maskReasonProperty() {
        return maskReason;
    }

    private void show(AnalysisSession shown) {
        curves.set(List.copyOf(CurveItem.of(shown)));
        empty.set(false);
        session.set(shown);
        SessionHistory h = history.orElseThrow();
        undoText.set(h.undoDescription().orElse(""));
        redoText.set(h.redoDescription().orElse(""));
    }
}
