/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.plate;

import java.util.Optional;
import java.util.Set;
import javafx.geometry.VPos;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import javafx.util.Duration;
import org.hillfit.analysis.HeatMap;
import org.hillfit.plate.PlateFormat;
import org.hillfit.plate.PlateLayout;
import org.hillfit.plate.WellContent;
import org.hillfit.plate.WellId;
import org.hillfit.plate.WellRole;

/**
 * A plate heat map drawn on a canvas: one rounded cell per well coloured by its value, row letters and column
 * numbers, masked wells crossed out, instrument-flagged wells marked "!", flagged control outliers ringed, and the
 * layout overlaid (control roles as letters, or the borders between compounds), chosen wells outlined. Resizes with
 * its container. Reports the well under the mouse, the well clicked, shift-clicked (chosen), the rectangle dragged
 * over (chosen, shown as a rubber band while dragging) and right-clicked.
 */
final class HeatMapCanvas extends Region {
    /** What the page does with the wells the mouse points at. */
    interface Wells {
        /** A plain click. */
        void clicked(WellId well);

        /** A shift-click: adds the well to the chosen ones, or takes it out. */
        void toggleChosen(WellId well);

        /** A drag from one well to another: chooses the rectangle between them (added to the choice with shift). */
        void chooseRectangle(WellId from, WellId to, boolean add);

        /** A right-click (or the context-menu key), at a point on the screen. */
        void menu(WellId well, double screenX, double screenY);

        /** The tooltip of a well. */
        String describe(WellId well);
    }

    private static final double ROW_LABELS = 24;
    private static final double COLUMN_LABELS = 18;
    private static final Color MARK = Color.web("#1A1A1A");
    private static final Color OUTLIER = Color.web("#CC79A7");
    private static final Color LINES = Color.web("#333333");
    private static final Color CHOSEN = Color.web("#0072B2");

    private final Canvas canvas = new Canvas();
    private final Tooltip tooltip = new Tooltip();
    private HeatMap map;
    private PlateLayout layout;
    private Overlay overlay = Overlay.ROLES;
    private Optional<WellId> hover = Optional.empty();
    private Set<WellId> chosen = Set.of();
    private Optional<WellId> dragFrom = Optional.empty();
    private Optional<WellId> dragTo = Optional.empty();

    HeatMapCanvas(Wells wells) {
        getChildren().add(canvas);
        tooltip.setShowDelay(Duration.millis(150));
        Tooltip.install(this, tooltip);
        canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.isStillSincePress()) {
                wellAt(e.getX(), e.getY()).ifPresent(e.isShiftDown() ? wells::toggleChosen : wells::clicked);
            }
        });
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            dragFrom = e.getButton() == MouseButton.PRIMARY ? wellAt(e.getX(), e.getY()) : Optional.empty();
            dragTo = Optional.empty();
        });
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            Optional<WellId> to = dragFrom.isPresent() ? wellAt(e.getX(), e.getY()) : Optional.empty();
            if (to.isPresent() && !to.equals(dragTo)) {
                dragTo = to;
                draw();
            }
        });
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            if (dragFrom.isPresent() && dragTo.isPresent() && !dragFrom.equals(dragTo)) {
                wells.chooseRectangle(dragFrom.get(), dragTo.get(), e.isShiftDown());
            }
            dragFrom = Optional.empty();
            dragTo = Optional.empty();
            draw();
        });
        canvas.addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> wellAt(e.getX(), e.getY())
                .ifPresent(w -> wells.menu(w, e.getScreenX(), e.getScreenY())));
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, e -> {
            Optional<WellId> well = wellAt(e.getX(), e.getY());
            if (!well.equals(hover)) {
                hover = well;
                tooltip.setText(well.map(wells::describe).orElse(""));
                setCursor(well.isPresent() ? Cursor.HAND : Cursor.DEFAULT);
                draw();
            }
        });
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> {
            hover = Optional.empty();
            draw();
        });
        getStyleClass().add("heat-map");
        setMinSize(240, 160);
        setPrefSize(760, 500);
    }

    /** Shows a heat map with its layout. */
    void show(HeatMap shown, PlateLayout shownLayout, Overlay shownOverlay) {
        map = shown;
        layout = shownLayout;
        overlay = shownOverlay;
        draw();
    }

    /** Outlines the chosen wells. */
    void showChosen(Set<WellId> wells) {
        chosen = Set.copyOf(wells);
        draw();
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        draw();
    }

    /** The cell size and the top-left corner of well A1. */
    private record Grid(double cell, double x0, double y0) {}

    /** A well's square on the canvas. */
    private record Box(double x, double y, double size) {}

    /** The grid for the current size. */
    private Grid geometry(PlateFormat format) {
        double cell = Math.max(
                3,
                Math.floor(Math.min(
                        (getWidth() - ROW_LABELS - 4) / format.columns(),
                        (getHeight() - COLUMN_LABELS - 4) / format.rows())));
        double x0 = ROW_LABELS + Math.max(0, (getWidth() - ROW_LABELS - cell * format.columns()) / 2);
        return new Grid(cell, x0, COLUMN_LABELS);
    }

    private Optional<WellId> wellAt(double x, double y) {
        if (map == null) {
            return Optional.empty();
        }
        PlateFormat format = map.values().format();
        Grid g = geometry(format);
        int column = (int) Math.floor((x - g.x0()) / g.cell()) + 1;
        int row = (int) Math.floor((y - g.y0()) / g.cell());
        if (row < 0 || row >= format.rows() || column < 1 || column > format.columns()) {
            return Optional.empty();
        }
        return Optional.of(new WellId(row, column));
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        if (map == null || getWidth() <= 0 || getHeight() <= 0) {
            return;
        }
        PlateFormat format = map.values().format();
        Grid geo = geometry(format);
        labels(g, format, geo);
        for (WellId well : format.wells()) {
            well(g, well, geo);
        }
        if (overlay == Overlay.COMPOUNDS) {
            compoundBorders(g, format, geo);
        }
        g.setStroke(CHOSEN);
        g.setLineWidth(Math.max(2, geo.cell() * 0.1));
        for (WellId well : chosen) {
            Box r = box(well, geo);
            g.strokeRoundRect(r.x(), r.y(), r.size(), r.size(), r.size() * 0.3, r.size() * 0.3);
        }
        if (dragFrom.isPresent() && dragTo.isPresent()) {
            rubberBand(g, box(dragFrom.get(), geo), box(dragTo.get(), geo));
        }
        hover.ifPresent(w -> {
            Box r = box(w, geo);
            g.setStroke(MARK);
            g.setLineWidth(2);
            g.strokeRoundRect(r.x(), r.y(), r.size(), r.size(), r.size() * 0.3, r.size() * 0.3);
        });
    }

    private static void rubberBand(GraphicsContext g, Box a, Box b) {
        double x = Math.min(a.x(), b.x());
        double y = Math.min(a.y(), b.y());
        g.setStroke(CHOSEN);
        g.setLineWidth(1.5);
        g.setLineDashes(6, 4);
        g.strokeRect(x, y, Math.max(a.x(), b.x()) + a.size() - x, Math.max(a.y(), b.y()) + a.size() - y);
        g.setLineDashes();
    }

    private void labels(GraphicsContext g, PlateFormat format, Grid geo) {
        double cell = geo.cell();
        double size = Math.max(7, Math.min(12, cell * 0.45));
        g.setFont(Font.font("System", size));
        g.setFill(Color.web("#555555"));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        int step = cell < 14 ? (cell < 8 ? 4 : 2) : 1;
        for (int c = 1; c <= format.columns(); c++) {
            if (c == 1 || c % step == 0) {
                g.fillText(Integer.toString(c), geo.x0() + (c - 0.5) * cell, COLUMN_LABELS / 2);
            }
        }
        for (int r = 0; r < format.rows(); r++) {
            if (r % step == 0) {
                g.fillText(WellId.rowLabel(r), ROW_LABELS / 2, geo.y0() + (r + 0.5) * cell);
            }
        }
    }

    private static Box box(WellId well, Grid geo) {
        double cell = geo.cell();
        double gap = cell > 10 ? 1.5 : 0.5;
        return new Box(
                geo.x0() + (well.column() - 1) * cell + gap, geo.y0() + well.rowIndex() * cell + gap, cell - 2 * gap);
    }

    private void well(GraphicsContext g, WellId well, Grid geo) {
        Box r = box(well, geo);
        double value = map.values().get(well);
        Color fill = HeatColors.at(map.scale().position(value));
        WellContent content = layout == null ? WellContent.of(WellRole.EMPTY) : layout.content(well);
        boolean unused = content.role() == WellRole.EMPTY && overlay != Overlay.NONE;
        g.setGlobalAlpha(unused ? 0.35 : 1);
        g.setFill(fill);
        g.fillRoundRect(r.x(), r.y(), r.size(), r.size(), r.size() * 0.3, r.size() * 0.3);
        g.setGlobalAlpha(1);
        if (overlay == Overlay.ROLES && r.size() >= 10) {
            roleLetter(g, content.role(), fill, r);
        }
        map.mark(well).ifPresent(mark -> mark(g, mark, r));
    }

    private static void roleLetter(GraphicsContext g, WellRole role, Color fill, Box r) {
        String letter =
                switch (role) {
                    case NEUTRAL -> "N";
                    case INHIBITOR -> "I";
                    case BLANK -> "B";
                    default -> "";
                };
        if (letter.isEmpty()) {
            return;
        }
        g.setFont(Font.font("System", FontWeight.BOLD, Math.min(13, r.size() * 0.5)));
        g.setFill(HeatColors.textOn(fill));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(letter, r.x() + r.size() / 2, r.y() + r.size() / 2);
    }

    private static void mark(GraphicsContext g, HeatMap.Mark mark, Box r) {
        double inset = r.size() * 0.22;
        double x = r.x();
        double y = r.y();
        double size = r.size();
        switch (mark.kind()) {
            case MASKED -> {
                g.setStroke(MARK);
                g.setLineWidth(Math.max(1.2, size * 0.08));
                g.strokeLine(x + inset, y + inset, x + size - inset, y + size - inset);
                g.strokeLine(x + size - inset, y + inset, x + inset, y + size - inset);
            }
            case FLAGGED -> {
                g.setFill(MARK);
                g.setFont(Font.font("System", FontWeight.BOLD, Math.min(14, size * 0.6)));
                g.setTextAlign(TextAlignment.CENTER);
                g.setTextBaseline(VPos.CENTER);
                g.fillText("!", x + size / 2, y + size / 2);
            }
            case OUTLIER -> {
                g.setStroke(OUTLIER);
                g.setLineWidth(Math.max(1.5, size * 0.12));
                g.strokeOval(x + inset / 2, y + inset / 2, size - inset, size - inset);
            }
        }
    }

    /** Lines between neighbouring wells of different compounds (controls count as one group). */
    private void compoundBorders(GraphicsContext g, PlateFormat format, Grid geo) {
        if (layout == null) {
            return;
        }
        double cell = geo.cell();
        g.setStroke(LINES);
        g.setLineWidth(Math.max(1.2, cell * 0.07));
        for (WellId well : format.wells()) {
            String group = group(well);
            double x = geo.x0() + (well.column() - 1) * cell;
            double y = geo.y0() + well.rowIndex() * cell;
            if (well.column() < format.columns()
                    && !group.equals(group(new WellId(well.rowIndex(), well.column() + 1)))) {
                g.strokeLine(x + cell, y, x + cell, y + cell);
            }
            if (well.rowIndex() + 1 < format.rows()
                    && !group.equals(group(new WellId(well.rowIndex() + 1, well.column())))) {
                g.strokeLine(x, y + cell, x + cell, y + cell);
            }
        }
    }

    private String group(WellId well) {
        WellContent content = layout.content(well);
        return content.role() == WellRole.SAMPLE
                ? "sample:" + content.compound().orElse("")
                : content.role().slug();
    }
}
