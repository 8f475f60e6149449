/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.importing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.hillfit.project.InputFailure;
import org.hillfit.project.SessionImport;
import org.hillfit.project.SessionPlate;

/**
 * The import dialog's state: the files with their detected formats and assay names, the layout (a file, a template
 * or a dilution rule), whether the import can start and, after it ran, each file's outcome. Needs no JavaFX toolkit.
 */
public final class ImportViewModel {
    /** Where the layout comes from. */
    public enum LayoutMode {
        FILE,
        TEMPLATE,
        RULE
    }

    private final ObservableList<ImportFileRow> rows = FXCollections.observableArrayList(
            row -> new Observable[] {row.includeProperty(), row.stateProperty(), row.formatProperty()});
    private final ObjectProperty<LayoutMode> layoutMode =
            new SimpleObjectProperty<>(this, "layoutMode", LayoutMode.FILE);
    private final ObjectProperty<Path> layoutFile = new SimpleObjectProperty<>(this, "layoutFile");
    private final StringProperty template = new SimpleStringProperty(this, "template", "");
    private final ObservableList<String> templates = FXCollections.observableArrayList();
    private final DilutionRuleViewModel rule = new DilutionRuleViewModel();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

    public ImportViewModel() {
        rows.addListener((javafx.collections.ListChangeListener<ImportFileRow>) c -> refresh());
        layoutMode.addListener((o, a, b) -> refresh());
        layoutFile.addListener((o, a, b) -> refresh());
        template.addListener((o, a, b) -> refresh());
        rule.errorProperty().addListener((o, a, b) -> refresh());
        refresh();
    }

    /**
     * Adds files (skipping those already listed) and, when no layout file is chosen yet, takes the likeliest layout
     * among them.
     *
     * @return the rows added, whose formats are still to be detected
     */
    public List<ImportFileRow> add(DroppedFiles files) {
        Set<Path> known = new HashSet<>();
        rows.forEach(r -> known.add(r.path()));
        List<ImportFileRow> added = new ArrayList<>();
        for (Path input : files.inputs()) {
            if (known.add(input)) {
                added.add(new ImportFileRow(input));
            }
        }
        rows.addAll(added);
        if (layoutFile.get() == null) {
            files.layout().ifPresent(layoutFile::set);
        }
        return added;
    }

    /** The plan to run, when the import can start. */
    public Optional<ImportPlan> plan() {
        List<ImportFileRow> chosen =
                rows.stream().filter(r -> r.includeProperty().get()).toList();
        return chosen.isEmpty() ? Optional.empty() : layout().map(l -> new ImportPlan(chosen, l));
    }

    /** The layout as chosen, when it is complete. */
    public Optional<LayoutSpec> layout() {
        return switch (layoutMode.get()) {
            case FILE -> Optional.ofNullable(layoutFile.get()).map(LayoutSpec.FromFile::new);
            case TEMPLATE ->
                template.get().isBlank() ? Optional.empty() : Optional.of(new LayoutSpec.FromTemplate(template.get()));
            case RULE -> rule.validRule().map(LayoutSpec.FromRule::new);
        };
    }

    /**
     * Marks each file of the plan imported (with its plate count) or failed (with the reason).
     *
     * @return "3 of 4 files imported: 12 plates" style summary
     */
    public String finished(ImportPlan plan, SessionImport outcome) {
        Set<Integer> failed = new HashSet<>();
        for (InputFailure f : outcome.failures()) {
            failed.add(f.index());
            plan.rows().get(f.index()).finished(false, f.message());
        }
        List<SessionPlate> plates = outcome.session().map(s -> s.plates()).orElse(List.of());
        int kept = 0;
        for (int i = 0; i < plan.rows().size(); i++) {
            if (!failed.contains(i)) {
                int input = kept++;
                long count =
                        plates.stream().filter(p -> p.key().input() == input).count();
                plan.rows().get(i).finished(true, count + (count == 1 ? " plate" : " plates"));
            }
        }
        int files = plan.rows().size();
        return kept + " of " + files + (files == 1 ? " file" : " files") + " imported: " + plates.size()
                + (plates.size() == 1 ? " plate" : " plates")
                + (failed.isEmpty() ? "" : "; " + failed.size() + " could not be imported (see the table)");
    }

    /** The files listed. */
    public ObservableList<ImportFileRow> rows() {
        return rows;
    }

    /** Where the layout comes from. */
    public ObjectProperty<LayoutMode> layoutModeProperty() {
        return layoutMode;
    }

    /** The layout file (null until chosen). */
    public ObjectProperty<Path> layoutFileProperty() {
        return layoutFile;
    }

    /** The name of the saved template chosen ("" for none). */
    public StringProperty templateProperty() {
        return template;
    }

    /** The names of the saved templates. */
    public ObservableList<String> templates() {
        return templates;
    }

    /** The dilution-rule editor's model. */
    public DilutionRuleViewModel rule() {
        return rule;
    }

    /** What is missing before the import can start; "" when it can. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    private void refresh() {
        boolean anyFile = rows.stream().anyMatch(r -> r.includeProperty().get());
        String missing;
        if (!anyFile) {
            missing = rows.isEmpty() ? "Add export files to import." : "Tick at least one file to import.";
        } else if (layout().isEmpty()) {
            missing = switch (layoutMode.get()) {
                case FILE -> "Choose the layout file (which well holds what).";
                case TEMPLATE -> "Choose a layout template.";
                case RULE -> "The dilution rule: " + rule.errorProperty().get();
            };
        } else {
            missing = "";
        }
        problem.set(missing);
    }
}
