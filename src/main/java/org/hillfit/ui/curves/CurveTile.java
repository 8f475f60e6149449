/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.curves;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.hillfit.plate.ConcentrationUnit;
import org.hillfit.report.FlagText;
import org.hillfit.report.ResultFormat;
import org.hillfit.result.CurveFit;
import org.hillfit.ui.session.CurveItem;

/** One thumbnail of the gallery: the curve picture, compound and assay, IC50 with qualifier, status and review. */
final class CurveTile extends VBox {
    private final ImageView picture = new ImageView();
    private final Label compound = new Label();
    private final Label assay = new Label();
    private final Label ic50 = new Label();
    private final Label status = new Label();
    private final Tooltip tooltip = new Tooltip();
    private CurveItem item;

    CurveTile(double width, double height) {
        picture.setFitWidth(width);
        picture.setFitHeight(height);
        picture.setPreserveRatio(false);
        picture.setSmooth(true);
        Region frame = new Region();
        frame.getStyleClass().add("tile-picture");
        frame.setMinSize(width, height);
        frame.setPrefSize(width, height);
        javafx.scene.layout.StackPane pictureBox = new javafx.scene.layout.StackPane(frame, picture);
        compound.getStyleClass().add("tile-compound");
        assay.getStyleClass().add("tile-assay");
        ic50.getStyleClass().add("tile-ic50");
        status.getStyleClass().add("tile-status");
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox title = new HBox(6, compound, assay);
        title.setAlignment(Pos.BASELINE_LEFT);
        HBox numbers = new HBox(6, ic50, spring, status);
        numbers.setAlignment(Pos.BASELINE_LEFT);
        getChildren().addAll(pictureBox, title, numbers);
        getStyleClass().add("curve-tile");
        setSpacing(2);
        setMaxWidth(Region.USE_PREF_SIZE);
        Tooltip.install(this, tooltip);
    }

    /** The curve shown, or null. */
    CurveItem item() {
        return item;
    }

    void show(CurveItem shown, boolean selected, ThumbnailCache thumbnails) {
        item = shown;
        CurveFit curve = shown.curve();
        compound.setText(curve.compound());
        assay.setText(curve.assay() + " · " + shortPlate(curve));
        String value = ResultFormat.ic50(curve.result(), ConcentrationUnit.NANOMOLAR);
        ic50.setText(value.isEmpty() ? "no IC50" : value);
        status.setText(statusText(curve));
        status.getStyleClass().removeIf(s -> s.startsWith("status-"));
        status.getStyleClass()
                .add("status-"
                        + (curve.isRejected() ? "rejected" : curve.status().slug()));
        pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("selected"), selected);
        tooltip.setText(shown.label() + "\n"
                + (curve.flags().isEmpty()
                        ? "no flags"
                        : FlagText.describe(curve.flags()).replace("; ", "\n")));
        picture.setImage(null);
        thumbnails.request(curve, image -> {
            if (item == shown) {
                picture.setImage(image);
            }
        });
    }

    void setSelected(boolean selected) {
        pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("selected"), selected);
    }

    /** "P1" for plate "TYK2-P1" of assay TYK2; the plate name otherwise. */
    static String shortPlate(CurveFit curve) {
        String plate = curve.plate();
        String assayName = curve.assay();
        if (plate.length() > assayName.length() + 1 && plate.startsWith(assayName)) {
            char separator = plate.charAt(assayName.length());
            if (separator == '-' || separator == '_' || separator == ' ') {
                return plate.substring(assayName.length() + 1);
            }
        }
        return plate;
    }

    private static String statusText(CurveFit curve) {
        String decision = curve.decision().map(d -> d.verdict().slug()).orElse("");
        String base = curve.status().slug();
        return decision.isEmpty() ? base : decision.equals("accepted") ? base + " ✓" : "rejected";
    }
}
