/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.curves;

import java.awt.geom.Rectangle2D;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;
import org.hillfit.report.CurvePlotData;
import org.hillfit.report.chart.ChartStyle;
import org.hillfit.report.chart.CurveChart;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartCanvas;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.fx.interaction.MouseHandlerFX;
import org.jfree.chart.plot.XYPlot;

/**
 * The full-size curve chart: the report's JFreeChart rendering ({@link CurveChart}, full style) in JFreeChart's FX
 * viewer, without zooming or panning, with the measured points made clickable. A click within a few pixels of a point
 * hands the point over; hovering one shows a hand cursor and reports it.
 */
final class CurveChartPane extends StackPane {
    /** How far from a point (in pixels) a click still hits it. */
    static final double HIT_RADIUS = 9;

    /** A point under the mouse, with the button that clicked it. */
    record Hit(CurvePlotData.Point point, int series, boolean secondary) {}

    private final ChartViewer viewer = new ChartViewer(null, false);
    private CurvePlotData data;

    CurveChartPane(Consumer<Hit> onClick, Consumer<Optional<Hit>> onHover) {
        ChartCanvas canvas = viewer.getCanvas();
        for (String id : new String[] {"zoom", "pan", "scroll"}) {
            MouseHandlerFX handler = canvas.getMouseHandler(id);
            if (handler != null) {
                canvas.removeMouseHandler(handler);
                canvas.removeAuxiliaryMouseHandler(handler);
            }
        }
        canvas.setDomainZoomable(false);
        canvas.setRangeZoomable(false);
        canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> hit(e).ifPresent(onClick));
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, e -> {
            Optional<Hit> hit = hit(e);
            canvas.setCursor(hit.isPresent() ? Cursor.HAND : Cursor.DEFAULT);
            onHover.accept(hit);
        });
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> onHover.accept(Optional.empty()));
        getChildren().add(viewer);
        getStyleClass().add("chart-pane");
        setMinSize(200, 160);
    }

    /** Shows a chart of the data (or nothing). */
    void show(CurvePlotData shown) {
        data = shown;
        viewer.setVisible(shown != null);
        if (shown != null) {
            JFreeChart chart = CurveChart.create(shown, ChartStyle.FULL);
            ReplicateShapes.apply(chart, shown);
            viewer.setChart(chart);
        }
    }

    /** The point nearest the mouse, within {@link #HIT_RADIUS}. */
    private Optional<Hit> hit(MouseEvent e) {
        return locate(e.getX(), e.getY())
                .map(h -> new Hit(h.point(), h.series(), e.getButton() == MouseButton.SECONDARY));
    }

    /** The point drawn nearest to canvas position (x, y), within {@link #HIT_RADIUS}. */
    Optional<Hit> locate(double x, double y) {
        Hit best = null;
        double bestDistance = HIT_RADIUS;
        for (int s = 0; data != null && s < data.series().size(); s++) {
            for (CurvePlotData.Point p : data.series().get(s).points()) {
                Optional<Point2D> at = screen(p);
                double d = at.map(a -> a.distance(x, y)).orElse(Double.POSITIVE_INFINITY);
                if (d <= bestDistance) {
                    bestDistance = d;
                    best = new Hit(p, s, false);
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** Where a point is drawn on the canvas, when it is drawn. */
    Optional<Point2D> screen(CurvePlotData.Point point) {
        JFreeChart chart = viewer.getChart();
        ChartRenderingInfo info = viewer.getRenderingInfo();
        if (chart == null || info == null || !Double.isFinite(point.response())) {
            return Optional.empty();
        }
        Rectangle2D area = info.getPlotInfo().getDataArea();
        XYPlot plot = chart.getXYPlot();
        double x = plot.getDomainAxis().valueToJava2D(point.concentration(), area, plot.getDomainAxisEdge());
        double y = plot.getRangeAxis().valueToJava2D(point.response(), area, plot.getRangeAxisEdge());
        return Double.isFinite(x) && Double.isFinite(y) ? Optional.of(new Point2D(x, y)) : Optional.empty();
    }

    /** The canvas the chart is drawn on (points are located in its coordinates). */
    ChartCanvas canvas() {
        return viewer.getCanvas();
    }
}
