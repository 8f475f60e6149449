/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.importing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import org.hillfit.io.layout.ControlBand;
import org.hillfit.io.layout.DilutionRule;
import org.hillfit.io.layout.DoseSteps;
import org.hillfit.io.layout.ReplicatePattern;
import org.hillfit.io.layout.SeriesDirection;
import org.hillfit.plate.Concentration;
import org.hillfit.plate.ConcentrationUnit;
import org.hillfit.plate.PlateFormat;
import org.hillfit.plate.WellRole;

/**
 * The dilution-rule editor's fields, as text the user types, and the rule they make ({@link DilutionRule}, the same
 * rule as {@code hillfit layout rule}), or the reason they make none. Starts at the common 384-well design: 16
 * compounds × 10 three-fold doses from 10 µM in duplicate, neutral controls in columns 1–2, inhibitor controls in
 * 23–24. Needs no JavaFX toolkit.
 */
public final class DilutionRuleViewModel {
    private final ObjectProperty<PlateFormat> format =
            new SimpleObjectProperty<>(this, "format", PlateFormat.WELLS_384);
    private final StringProperty compounds = new SimpleStringProperty(this, "compounds", defaultCompounds());
    private final StringProperty top = new SimpleStringProperty(this, "top", "10000");
    private final ObjectProperty<ConcentrationUnit> unit =
            new SimpleObjectProperty<>(this, "unit", ConcentrationUnit.NANOMOLAR);
    private final StringProperty fold = new SimpleStringProperty(this, "fold", "3");
    private final IntegerProperty points = new SimpleIntegerProperty(this, "points", 10);
    private final IntegerProperty replicates = new SimpleIntegerProperty(this, "replicates", 2);
    private final ObjectProperty<ReplicatePattern> pattern =
            new SimpleObjectProperty<>(this, "pattern", ReplicatePattern.ADJACENT_WELLS);
    private final ObjectProperty<SeriesDirection> direction =
            new SimpleObjectProperty<>(this, "direction", SeriesDirection.ALONG_ROWS);
    private final StringProperty neutral = new SimpleStringProperty(this, "neutral", "columns 1-2");
    private final StringProperty inhibitor = new SimpleStringProperty(this, "inhibitor", "columns 23-24");
    private final StringProperty blank = new SimpleStringProperty(this, "blank", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    public DilutionRuleViewModel() {
        List<ObservableValue<?>> fields = List.of(
                format, compounds, top, unit, fold, points, replicates, pattern, direction, neutral, inhibitor, blank);
        fields.forEach(f -> f.addListener((o, a, b) -> refresh()));
        refresh();
    }

    /**
     * The rule the fields describe.
     *
     * @throws IllegalArgumentException with a sentence for the user when a field is wrong
     */
    public DilutionRule rule() {
        List<String> names = Arrays.stream(compounds.get().split("[,;\\n\\r\\t]+"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
        DoseSteps doses = new DoseSteps(
                new Concentration(number(top.get(), "top concentration"), unit.get()),
                number(fold.get(), "dilution factor"),
                points.get(),
                DoseSteps.DEFAULT_DIGITS);
        List<ControlBand> controls = new ArrayList<>();
        band(WellRole.NEUTRAL, neutral.get()).ifPresent(controls::add);
        band(WellRole.INHIBITOR, inhibitor.get()).ifPresent(controls::add);
        band(WellRole.BLANK, blank.get()).ifPresent(controls::add);
        DilutionRule rule = new DilutionRule(
                format.get(),
                names,
                doses,
                direction.get(),
                new DilutionRule.Replicates(replicates.get(), pattern.get()),
                controls);
        int capacity = rule.capacity();
        if (names.size() > capacity) {
            throw new IllegalArgumentException(
                    names.size() + " compounds do not fit: this design holds " + capacity + " per plate");
        }
        return rule;
    }

    /** The rule, or empty when a field is wrong ({@link #errorProperty()} says which). */
    public Optional<DilutionRule> validRule() {
        try {
            return Optional.of(rule());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** "384 · 16 cpds × 10 pts × 2 · controls cols 1–2/23–24" when valid, "" otherwise. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Why the fields make no rule, "" when they do. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The plate format. */
    public ObjectProperty<PlateFormat> formatProperty() {
        return format;
    }

    /** Compound names, one per line or separated by commas. */
    public StringProperty compoundsProperty() {
        return compounds;
    }

    /** The highest dose, as typed. */
    public StringProperty topProperty() {
        return top;
    }

    /** The unit of the doses. */
    public ObjectProperty<ConcentrationUnit> unitProperty() {
        return unit;
    }

    /** The dilution factor, as typed (3 for three-fold). */
    public StringProperty foldProperty() {
        return fold;
    }

    /** The number of doses. */
    public IntegerProperty pointsProperty() {
        return points;
    }

    /** Wells per dose. */
    public IntegerProperty replicatesProperty() {
        return replicates;
    }

    /** Where the replicates of a dose go. */
    public ObjectProperty<ReplicatePattern> patternProperty() {
        return pattern;
    }

    /** Which way the series run. */
    public ObjectProperty<SeriesDirection> directionProperty() {
        return direction;
    }

    /** Neutral control wells, as "columns 1-2" or "rows A-B" (empty for none). */
    public StringProperty neutralProperty() {
        return neutral;
    }

    /** Inhibitor control wells, as "columns 23-24". */
    public StringProperty inhibitorProperty() {
        return inhibitor;
    }

    /** Blank wells (empty for none). */
    public StringProperty blankProperty() {
        return blank;
    }

    private void refresh() {
        try {
            DilutionRule rule = rule();
            summary.set(rule.describe());
            error.set("");
        } catch (IllegalArgumentException e) {
            summary.set("");
            error.set(e.getMessage());
        }
    }

    private static Optional<ControlBand> band(WellRole role, String text) {
        if (text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ControlBand.parse(role, text));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(role.slug() + " controls: " + e.getMessage(), e);
        }
    }

    private static double number(String text, String what) {
        try {
            return Double.parseDouble(text.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the " + what + " must be a number; got '" + text.strip() + "'", e);
        }
    }

    private static String defaultCompounds() {
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= 16; i++) {
            names.add(String.format(java.util.Locale.ROOT, "HF-%03d", i));
        }
        return String.join("\n", names);
    }
}
