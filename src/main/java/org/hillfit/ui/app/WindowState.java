/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.app;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.SplitPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.hillfit.ui.settings.SettingsStore;
import org.hillfit.ui.settings.WindowPlacement;

/** Restores the window's size, position and split-pane dividers from the settings, and remembers them on close. */
final class WindowState {
    private final SettingsStore settings;
    private final Map<String, SplitPane> splits = new LinkedHashMap<>();

    WindowState(SettingsStore settings) {
        this.settings = settings;
    }

    /** Places the stage where it was last time, within the screen it opens on. */
    void restore(Stage stage) {
        WindowPlacement remembered = settings.current().window();
        Rectangle2D area = screenFor(remembered).getVisualBounds();
        WindowPlacement placement =
                remembered.fittedTo(area.getMinX(), area.getMinY(), area.getWidth(), area.getHeight());
        stage.setWidth(placement.width());
        stage.setHeight(placement.height());
        if (placement.hasPosition()) {
            stage.setX(placement.x());
            stage.setY(placement.y());
        }
        stage.setMaximized(placement.maximized());
    }

    private static Screen screenFor(WindowPlacement placement) {
        if (!placement.hasPosition()) {
            return Screen.getPrimary();
        }
        var screens =
                Screen.getScreensForRectangle(placement.x(), placement.y(), placement.width(), placement.height());
        return screens.isEmpty() ? Screen.getPrimary() : screens.get(0);
    }

    /** Restores a split pane's dividers now and remembers them at {@link #save}. */
    void track(String name, SplitPane split) {
        splits.put(name, split);
        double[] positions = split.getDividerPositions();
        for (int i = 0; i < positions.length; i++) {
            positions[i] = settings.current().divider(name + "." + i, positions[i]);
        }
        split.setDividerPositions(positions);
    }

    /** Remembers the stage's placement and every tracked divider. */
    void save(Stage stage) {
        WindowPlacement placement = stage.isMaximized()
                ? settings.current().window().withMaximized()
                : new WindowPlacement(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false);
        settings.update(s -> {
            var next = s.withWindow(placement);
            for (Map.Entry<String, SplitPane> e : splits.entrySet()) {
                double[] positions = e.getValue().getDividerPositions();
                for (int i = 0; i < positions.length; i++) {
                    next = next.withDivider(e.getKey() + "." + i, positions[i]);
                }
            }
            return next;
        });
    }
}
