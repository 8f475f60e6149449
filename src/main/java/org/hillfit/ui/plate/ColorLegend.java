/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.plate;

import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Stop;
import javafx.scene.shape.Rectangle;
import org.hillfit.analysis.ColorScale;
import org.hillfit.analysis.HeatMap;

/** The heat map's key: the colour ramp with its low, centre and high values, and what the well marks mean. */
final class ColorLegend extends FlowPane {
    private final Label low = new Label();
    private final Label center = new Label();
    private final Label high = new Label();
    private final Label title = new Label();

    ColorLegend() {
        super(14, 4);
        Rectangle ramp = new Rectangle(220, 12);
        Stop[] stops = new Stop[11];
        for (int i = 0; i <= 10; i++) {
            stops[i] = new Stop(i / 10.0, HeatColors.at(i / 10.0));
        }
        ramp.setFill(new LinearGradient(0, 0, 1, 0, true, CycleMethod.NO_CYCLE, stops));
        ramp.setArcWidth(4);
        ramp.setArcHeight(4);
        HBox numbers = new HBox(low, spacer(), center, spacer(), high);
        numbers.setPrefWidth(220);
        numbers.setMaxWidth(220);
        javafx.scene.layout.VBox scale = new javafx.scene.layout.VBox(2, ramp, numbers);
        title.getStyleClass().add("legend-title");
        Rectangle none = new Rectangle(12, 12, HeatColors.NO_VALUE);
        none.setArcWidth(4);
        none.setArcHeight(4);
        getChildren()
                .addAll(
                        title,
                        scale,
                        swatch(none, "no value"),
                        key("×", "masked"),
                        key("!", "instrument flag"),
                        key("○", "control outlier"),
                        key("N / I", "neutral / inhibitor control"));
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("color-legend");
        for (Label l : new Label[] {low, center, high}) {
            l.getStyleClass().add("legend-number");
        }
    }

    /** Shows the scale of a heat map. */
    void show(HeatMap map) {
        if (map == null) {
            title.setText("");
            low.setText("");
            center.setText("");
            high.setText("");
            return;
        }
        ColorScale scale = map.scale();
        title.setText(PlatesViewModel.layerName(map));
        low.setText(compact(scale.min()));
        center.setText(compact(scale.center()));
        high.setText(compact(scale.max()));
    }

    /** A scale value briefly: whole numbers as they are, others with 3 significant digits. */
    static String compact(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e7) {
            return Long.toString((long) value);
        }
        return String.format(Locale.ROOT, "%.3g", value);
    }

    private static javafx.scene.layout.Region spacer() {
        javafx.scene.layout.Region r = new javafx.scene.layout.Region();
        HBox.setHgrow(r, javafx.scene.layout.Priority.ALWAYS);
        return r;
    }

    private static HBox key(String symbol, String text) {
        Label mark = new Label(symbol);
        mark.getStyleClass().add("legend-symbol");
        mark.setTextFill(Color.web("#1A1A1A"));
        return swatch(new StackPane(mark), text);
    }

    private static HBox swatch(javafx.scene.Node symbol, String text) {
        Label label = new Label(text);
        label.getStyleClass().add("muted");
        HBox box = new HBox(4, symbol, label);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }
}
