/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.importing;

import java.nio.file.Path;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.hillfit.io.ImporterRegistry;
import org.hillfit.result.InputSpec;

/**
 * One export file in the import dialog: whether to import it, the format to read it with (detected, or chosen), the
 * assay its plates belong to (by default the file name up to the first dot), and how the import went.
 */
public final class ImportFileRow {
    /** Where a file is in the import. */
    public enum State {
        /** Being looked at. */
        DETECTING,
        /** A format was recognised (or chosen). */
        READY,
        /** No importer recognised it; it is left out unless a format is chosen. */
        UNRECOGNISED,
        /** Its plates were imported. */
        IMPORTED,
        /** It could not be imported; {@link #messageProperty()} says why. */
        FAILED
    }

    /** The choice that lets the registry detect the format. */
    public static final FormatOption AUTO = new FormatOption(ImporterRegistry.AUTO, "Detect automatically");

    private final Path path;
    private final BooleanProperty include = new SimpleBooleanProperty(this, "include", true);
    private final StringProperty assay;
    private final ObjectProperty<FormatOption> format = new SimpleObjectProperty<>(this, "format", AUTO);
    private final ObservableList<FormatOption> formats = FXCollections.observableArrayList(AUTO);
    private final ReadOnlyStringWrapper detected = new ReadOnlyStringWrapper(this, "detected", "detecting…");
    private final ReadOnlyStringWrapper detectionDetails = new ReadOnlyStringWrapper(this, "detectionDetails", "");
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.DETECTING);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    public ImportFileRow(Path path) {
        this.path = path;
        this.assay = new SimpleStringProperty(this, "assay", InputSpec.defaultAssay(path));
    }

    /** The file (or FCS folder). */
    public Path path() {
        return path;
    }

    /** The file name. */
    public String name() {
        return String.valueOf(path.getFileName());
    }

    /** What the importer will be asked to read. */
    public InputSpec spec() {
        String name = assay.get().strip();
        return new InputSpec(
                path,
                name.isEmpty() ? InputSpec.defaultAssay(path) : name,
                format.get().id());
    }

    /**
     * Shows what detection found: the formats to offer, best first (detection's choice is {@link #AUTO}), what was
     * recognised in words, and every format's confidence. A file no importer is confident enough about is left out.
     */
    public void detected(FormatDetection.Result result) {
        formats.setAll(result.options());
        format.set(AUTO);
        detected.set(result.summary());
        detectionDetails.set(result.details());
        state.set(result.recognised() ? State.READY : State.UNRECOGNISED);
        include.set(result.recognised());
        message.set(result.recognised() ? "" : "choose a format under Read as to import it anyway");
    }

    /** Records the import's result for this file. */
    public void finished(boolean imported, String text) {
        state.set(imported ? State.IMPORTED : State.FAILED);
        message.set(text);
    }

    /** True to import the file. */
    public BooleanProperty includeProperty() {
        return include;
    }

    /** The assay its plates belong to. */
    public StringProperty assayProperty() {
        return assay;
    }

    /** The format to read it with ({@link #AUTO} for detection). */
    public ObjectProperty<FormatOption> formatProperty() {
        return format;
    }

    /** The formats offered, "Detect automatically" first. */
    public ObservableList<FormatOption> formats() {
        return formats;
    }

    /** What detection recognised. */
    public ReadOnlyStringProperty detectedProperty() {
        return detected.getReadOnlyProperty();
    }

    /** Every format's confidence, for the tooltip of {@link #detectedProperty()}. */
    public ReadOnlyStringProperty detectionDetailsProperty() {
        return detectionDetails.getReadOnlyProperty();
    }

    /** Where the file is in the import. */
    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** The outcome or the problem, in words. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
