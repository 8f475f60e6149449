/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.curves;

import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.hillfit.project.CurveKey;
import org.hillfit.ui.session.Feedback;
import org.hillfit.ui.session.ReviewActions;
import org.hillfit.ui.session.SessionModel;

/**
 * The Curves page: the gallery of every curve on the left, the selected curve in detail on the right, and the
 * keys for fast review: J/→ and K/← step through the curves shown, ↓/↑ a row, A accepts and R rejects (each then
 * moves on to the next curve), U clears the decision, O overlays the other assays, N writes a note.
 */
public final class CurvesView {
    private final SessionModel model;
    private final GalleryViewModel galleryModel;
    private final GalleryView gallery;
    private final CurveDetailViewModel detailModel;
    private final CurveDetailView detail;
    private final ReviewActions actions;
    private final ThumbnailCache thumbnails;
    private final SplitPane root = new SplitPane();

    public CurvesView(SessionModel model, ReviewActions actions, Feedback feedback, ThumbnailCache thumbnails) {
        this.model = model;
        this.actions = actions;
        this.thumbnails = thumbnails;
        this.galleryModel = new GalleryViewModel(model.curvesProperty());
        this.gallery = new GalleryView(galleryModel, model, thumbnails);
        this.detailModel = new CurveDetailViewModel(model);
        this.detail = new CurveDetailView(detailModel, model, actions, feedback);
        root.getItems().addAll(gallery.node(), detail.node());
        root.setDividerPositions(0.5);
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        root.setId("curves-page");
    }

    /** The page's node. */
    public Node node() {
        return root;
    }

    /** The split between gallery and detail (its divider is remembered). */
    public SplitPane splitPane() {
        return root;
    }

    /** The gallery's view model. */
    public GalleryViewModel galleryModel() {
        return galleryModel;
    }

    /** The detail's view model. */
    public CurveDetailViewModel detailModel() {
        return detailModel;
    }

    /** Thumbnails still to be drawn. */
    public int thumbnailsPending() {
        return thumbnails.outstandingProperty().get();
    }

    /** Gives the gallery the keyboard focus, for review with the keys. */
    public void focus() {
        gallery.list().requestFocus();
    }

    /** Where a measured point of the selected curve is drawn, in screen coordinates (for tests). */
    public Optional<javafx.geometry.Point2D> pointOnScreen(org.hillfit.plate.WellId well) {
        CurveChartPane chart = detail.chart();
        var plot = detailModel.plotProperty().get();
        if (plot == null) {
            return Optional.empty();
        }
        return plot.series().get(0).points().stream()
                .filter(p -> p.well().equals(well))
                .findFirst()
                .flatMap(chart::screen)
                .map(p -> chart.canvas().localToScreen(p));
    }

    private void key(KeyEvent e) {
        boolean typing = e.getTarget() instanceof TextInputControl || e.getTarget() instanceof ComboBoxBase;
        if (typing || e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        Optional<CurveKey> current =
                Optional.ofNullable(model.selectedCurveProperty().get());
        int columns = gallery.columns();
        boolean handled = true;
        KeyCode code = e.getCode();
        switch (code) {
            case J, RIGHT -> step(current, 1);
            case K, LEFT -> step(current, -1);
            case DOWN -> step(current, columns);
            case UP -> step(current, -columns);
            case HOME -> step(Optional.empty(), 0);
            case A ->
                current.ifPresent(key -> {
                    actions.accept(key);
                    step(current, 1);
                });
            case R -> {
                if (detail.rejectSelected()) {
                    step(current, 1);
                }
            }
            case U -> current.ifPresent(actions::clearDecision);
            case O ->
                detailModel.overlayProperty().set(!detailModel.overlayProperty().get());
            case N -> detail.addNote();
            default -> handled = false;
        }
        if (handled) {
            e.consume();
        }
    }

    private void step(Optional<CurveKey> current, int delta) {
        galleryModel.step(current, delta).ifPresent(model.selectedCurveProperty()::set);
    }
}
