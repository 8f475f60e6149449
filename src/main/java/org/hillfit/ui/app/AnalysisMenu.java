/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.app;

import java.util.List;
import java.util.function.UnaryOperator;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import org.hillfit.analysis.ControlStatistic;
import org.hillfit.analysis.ReadoutSpec;
import org.hillfit.project.AnalysisSession;
import org.hillfit.result.AnalysisSettings;
import org.hillfit.ui.session.SessionEditor;
import org.hillfit.ui.session.SessionModel;
import org.hillfit.ui.settings.FitPreset;
import org.hillfit.ui.settings.SettingsStore;

/**
 * The Analysis menu: the readout, the control statistic and the fit. A choice is remembered for the next import
 * and applied to the open session at once (every plate is reanalysed in the background; the change is one undo step
 * and one audit entry). The ticks follow the session shown.
 */
final class AnalysisMenu {
    private static final List<String> READOUTS =
            List.of("auto", "ratio", "acceptor", "donor", "deltaf", "mfi", "pct-positive");
    private static final List<String> READOUT_LABELS = List.of(
            "Automatic",
            "TR-FRET ratio (665/620)",
            "Acceptor (665 nm)",
            "Donor (620 nm)",
            "HTRF ΔF%",
            "Flow: median MFI",
            "Flow: % positive");

    private final SessionModel model;
    private final SessionEditor editor;
    private final SettingsStore settings;
    private final ToggleGroup readout = new ToggleGroup();
    private final ToggleGroup controls = new ToggleGroup();
    private final ToggleGroup fit = new ToggleGroup();
    private boolean syncing;

    AnalysisMenu(SessionModel model, SessionEditor editor, SettingsStore settings) {
        this.model = model;
        this.editor = editor;
        this.settings = settings;
    }

    Menu create() {
        Menu menu = new Menu("_Analysis");
        Menu readoutMenu = new Menu("Readout");
        for (int i = 0; i < READOUTS.size(); i++) {
            String slug = READOUTS.get(i);
            readoutMenu
                    .getItems()
                    .add(item(READOUT_LABELS.get(i), slug, readout, s -> s.withReadout(ReadoutSpec.parse(slug))));
        }
        Menu controlMenu = new Menu("Control centre");
        for (ControlStatistic statistic : ControlStatistic.values()) {
            String label = statistic == ControlStatistic.MEDIAN ? "Median of the controls" : "Mean of the controls";
            controlMenu
                    .getItems()
                    .add(item(
                            label,
                            statistic.name(),
                            controls,
                            s -> s.withNormalization(s.normalization().withControlStatistic(statistic))));
        }
        Menu fitMenu = new Menu("Curve fit");
        for (FitPreset preset : FitPreset.values()) {
            fitMenu.getItems()
                    .add(item(
                            preset.label(),
                            preset.name(),
                            fit,
                            s -> new AnalysisSettings(s.readout(), s.normalization(), preset.options())));
        }
        menu.getItems().addAll(readoutMenu, controlMenu, fitMenu);
        model.sessionProperty().addListener((o, a, session) -> sync(session));
        sync(null);
        return menu;
    }

    private RadioMenuItem item(String label, String value, ToggleGroup group, UnaryOperator<AnalysisSettings> change) {
        RadioMenuItem item = new RadioMenuItem(label);
        item.setUserData(value);
        item.setToggleGroup(group);
        item.setOnAction(e -> {
            if (!syncing) {
                apply(change);
            }
        });
        return item;
    }

    /** Remembers the choice and applies it; the core words the change for the audit trail. */
    private void apply(UnaryOperator<AnalysisSettings> change) {
        AnalysisSettings preferred = change.apply(settings.current().analysisSettings());
        settings.update(s -> s.withAnalysis(
                preferred.readout().toString(),
                preferred.normalization().controlStatistic().name(),
                FitPreset.of(preferred.fit()).orElse(FitPreset.STANDARD).name()));
        editor.submit(history -> {
            AnalysisSession session = history.present();
            AnalysisSettings next = change.apply(session.settings());
            return next.equals(session.settings()) ? history : history.push(session.withSettings(next, ""));
        });
    }

    /** Ticks the session's settings (or the preferences when nothing is open). */
    private void sync(AnalysisSession session) {
        AnalysisSettings shown = session == null ? settings.current().analysisSettings() : session.settings();
        syncing = true;
        select(readout, shown.readout().toString());
        select(controls, shown.normalization().controlStatistic().name());
        select(fit, FitPreset.of(shown.fit()).map(Enum::name).orElse(""));
        syncing = false;
    }

    private static void select(ToggleGroup group, String value) {
        group.getToggles().forEach(t -> t.setSelected(value.equals(t.getUserData())));
    }
}
