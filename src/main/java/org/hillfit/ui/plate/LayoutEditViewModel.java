/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.plate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.hillfit.io.layout.LayoutMessages;
import org.hillfit.plate.Concentration;
import org.hillfit.plate.ConcentrationUnit;
import org.hillfit.plate.WellContent;
import org.hillfit.plate.WellId;
import org.hillfit.plate.WellRole;
import org.hillfit.project.AnalysisSession;
import org.hillfit.project.PlateKey;
import org.hillfit.project.SessionPlate;

/**
 * The layout dialog's state: what the chosen wells of a plate should hold (role, compound, dose with unit), why, and
 * whether the edit reaches every plate sharing the layout or only this one. Checks the fields with the layout
 * readers' own words and says which plates the edit affects. Needs no JavaFX toolkit.
 */
public final class LayoutEditViewModel {
    /** What the dialog says while the reason is missing. */
    static final String WHY_MISSING = "say why the layout changes (kept in the audit trail)";

    private final PlateKey plate;
    private final List<WellId> wells;
    private final Map<WellId, WellContent> before;
    private final LayoutScope scope;
    private final ObjectProperty<WellRole> role = new SimpleObjectProperty<>(this, "role", WellRole.EMPTY);
    private final StringProperty compound = new SimpleStringProperty(this, "compound", "");
    private final StringProperty dose = new SimpleStringProperty(this, "dose", "");
    private final ObjectProperty<ConcentrationUnit> unit =
            new SimpleObjectProperty<>(this, "unit", ConcentrationUnit.MICROMOLAR);
    private final StringProperty why = new SimpleStringProperty(this, "why", "");
    private final BooleanProperty onlyThisPlate = new SimpleBooleanProperty(this, "onlyThisPlate", false);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper scopeText = new ReadOnlyStringWrapper(this, "scopeText", "");

    /**
     * Starts from what the first well holds now.
     *
     * @param wells the wells to edit (at least one), all of plate {@code key}
     * @throws IllegalArgumentException for an unknown plate or no wells
     */
    public LayoutEditViewModel(AnalysisSession session, PlateKey key, List<WellId> wells) {
        if (wells.isEmpty()) {
            throw new IllegalArgumentException("choose at least one well to edit the layout of");
        }
        SessionPlate shown =
                session.plate(key).orElseThrow(() -> new IllegalArgumentException("the session has no plate " + key));
        this.plate = key;
        this.wells = List.copyOf(wells);
        this.before = new LinkedHashMap<>();
        wells.forEach(w -> before.put(w, shown.result().normalized().layout().content(w)));
        this.scope = LayoutScope.of(session, key);
        fill(before.get(wells.get(0)));
        Observable[] fields = {role, compound, dose, unit, why, onlyThisPlate};
        for (Observable field : fields) {
            field.addListener(o -> check());
        }
        check();
    }

    /** "A05 on TYK2 / TYK2-P1 now holds: sample HF-001 10 µM", or the count of several wells. */
    public String heading() {
        String where = " on " + plate.plate();
        if (wells.size() == 1) {
            return wells.get(0).label() + where + " now holds: "
                    + before.get(wells.get(0)).describe();
        }
        return wells.size() + " wells" + where + ": "
                + wells.stream().map(WellId::label).collect(Collectors.joining(", "));
    }

    /** True when other plates share the layout, so the edit can be kept to this plate. */
    public boolean isShared() {
        return scope.isShared();
    }

    /** The wells' new role. */
    public ObjectProperty<WellRole> roleProperty() {
        return role;
    }

    /** The compound (needed for samples; optional for controls, e.g. the reference inhibitor). */
    public StringProperty compoundProperty() {
        return compound;
    }

    /** The dose: a number in {@link #unitProperty()}, or a number with its own unit ("10 uM"). */
    public StringProperty doseProperty() {
        return dose;
    }

    /** The unit of a bare number in {@link #doseProperty()}. */
    public ObjectProperty<ConcentrationUnit> unitProperty() {
        return unit;
    }

    /** Why the layout changes (required). */
    public StringProperty whyProperty() {
        return why;
    }

    /** True to give this plate its own copy of the layout and edit that. */
    public BooleanProperty onlyThisPlateProperty() {
        return onlyThisPlate;
    }

    /** What is wrong with the fields, in the layout readers' words; "" when the edit can be made. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Which plates the edit affects ("Applies to the layout 'panel-layout.csv', used by 4 plates: …"). */
    public ReadOnlyStringProperty scopeProperty() {
        return scopeText.getReadOnlyProperty();
    }

    /** The plate edited. */
    public PlateKey plate() {
        return plate;
    }

    /** What each well is to hold, when the fields are right. */
    public Optional<Map<WellId, WellContent>> contents() {
        return content().filter(c -> problem.get().isEmpty()).map(this::forEveryWell);
    }

    private Map<WellId, WellContent> forEveryWell(WellContent content) {
        Map<WellId, WellContent> contents = new LinkedHashMap<>();
        wells.forEach(w -> contents.put(w, content));
        return contents;
    }

    private void fill(WellContent content) {
        role.set(content.role());
        compound.set(content.compound().orElse(""));
        content.concentration().map(Concentration::readable).ifPresent(c -> {
            dose.set(new java.math.BigDecimal(Double.toString(c.value()))
                    .stripTrailingZeros()
                    .toPlainString());
            unit.set(c.unit());
        });
    }

    private void check() {
        scopeText.set(scope.describe(onlyThisPlate.get() && scope.isShared()));
        Optional<String> wrong = DoseText.problem(dose.get());
        if (role.get() == WellRole.SAMPLE && compound.get().isBlank()) {
            problem.set(LayoutMessages.SAMPLE_NEEDS_COMPOUND);
        } else if (role.get() == WellRole.SAMPLE && dose.get().isBlank()) {
            problem.set(LayoutMessages.SAMPLE_NEEDS_CONCENTRATION);
        } else if (role.get() != WellRole.EMPTY && wrong.isPresent()) {
            problem.set(wrong.get());
        } else if (content()
                .map(c -> before.values().stream().allMatch(c::isEquivalent))
                .orElse(false)) {
            problem.set(wells.size() == 1 ? "the well already holds this" : "the wells already hold this");
        } else if (why.get().isBlank()) {
            problem.set(WHY_MISSING);
        } else {
            problem.set("");
        }
    }

    /** The content the fields describe (empty while the dose cannot be read). */
    private Optional<WellContent> content() {
        if (role.get() == WellRole.EMPTY) {
            return Optional.of(WellContent.of(WellRole.EMPTY));
        }
        Optional<Concentration> concentration = DoseText.parse(dose.get(), unit.get());
        if (role.get() == WellRole.SAMPLE && (compound.get().isBlank() || concentration.isEmpty())) {
            return Optional.empty();
        }
        if (!dose.get().isBlank() && concentration.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new WellContent(role.get(), Optional.of(compound.get()), concentration));
    }
}
