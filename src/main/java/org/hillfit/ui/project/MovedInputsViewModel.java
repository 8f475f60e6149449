/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.project;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.hillfit.project.AnalysisSession;
import org.hillfit.project.InputCheck;

/**
 * The inputs of an opened project that are not where it recorded them (moved, missing or changed), in words, and
 * which of them have been relinked since. The analysis is complete either way: a project embeds the values it read.
 * Needs no JavaFX toolkit.
 */
public final class MovedInputsViewModel {

    /** One input that needs attention. */
    public static final class Row {
        private final InputCheck check;
        private final ReadOnlyStringWrapper state = new ReadOnlyStringWrapper(this, "state");
        private final ReadOnlyBooleanWrapper relinked = new ReadOnlyBooleanWrapper(this, "relinked");

        Row(InputCheck check) {
            this.check = check;
            state.set(describe(check));
        }

        /** The check made on opening. */
        public InputCheck check() {
            return check;
        }

        /** The file (or folder) name. */
        public String name() {
            return String.valueOf(check.record().path().getFileName());
        }

        /** An identical copy found beside the project, when the input moved. */
        public Optional<Path> found() {
            return check.foundAt();
        }

        /** True for an input read from a folder (one FCS file per well): relink it to a folder. */
        public boolean isFolder() {
            return !name().contains(".");
        }

        /** Where it is now, in words. */
        public ReadOnlyStringProperty stateProperty() {
            return state.getReadOnlyProperty();
        }

        /** True once it points at its new place. */
        public ReadOnlyBooleanProperty relinkedProperty() {
            return relinked.getReadOnlyProperty();
        }

        void follow(AnalysisSession session) {
            Path now = session.inputs().get(check.input()).record().path();
            boolean moved = !now.equals(check.record().path());
            relinked.set(moved);
            state.set(moved ? "relinked to " + now : describe(check));
        }
    }

    private final List<Row> rows;

    public MovedInputsViewModel(List<InputCheck> problems) {
        this.rows = problems.stream()
                .filter(InputCheck::needsAttention)
                .map(Row::new)
                .toList();
    }

    /** The inputs that need attention, in input order. */
    public List<Row> rows() {
        return rows;
    }

    /** "2 input files are not where the project recorded them." */
    public String headline() {
        return rows.size() == 1
                ? "1 input file is not where the project recorded it."
                : rows.size() + " input files are not where the project recorded them.";
    }

    /** Marks the inputs the session now records at a new place. */
    public void follow(AnalysisSession session) {
        rows.forEach(r -> r.follow(session));
    }

    /** "moved: an identical copy is at …", "missing", "changed since it was analysed (SHA-256 differs)". */
    static String describe(InputCheck check) {
        return switch (check.status()) {
            case UNCHANGED -> "unchanged";
            case MOVED -> "moved: an identical copy is at " + check.foundAt().orElseThrow();
            case MISSING -> "missing from " + check.record().path().getParent();
            case CHANGED -> "changed since it was analysed (SHA-256 differs)";
        };
    }
}
