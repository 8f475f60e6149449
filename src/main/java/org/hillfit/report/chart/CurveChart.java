/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.hillfit.report.CurvePlotData;
import org.hillfit.report.CurvePlotData.Point;
import org.hillfit.report.CurvePlotData.PointState;
import org.hillfit.report.CurvePlotData.Series;
import org.hillfit.report.CurvePlotData.XY;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.util.ShapeUtils;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Draws {@link CurvePlotData} as a JFreeChart chart: log concentration axis with its unit, fitted curves, filled
 * points (used) and hollow points (masked), the IC50 as a dashed line with its 95 % CI shaded, and for a qualified
 * IC50 an arrow at the tested bound pointing beyond it. Colours from {@link OkabeIto}, with a different point shape
 * per series so overlays read in grey too. The workbench wraps the returned chart in its FX viewer; the report
 * renders it with {@link ChartImages}.
 */
public final class CurveChart {
    private static final Color GRID = new Color(0xDDDDDD);
    private static final Color AXIS = new Color(0x444444);

    private CurveChart() {}

    /** A new chart for the data, styled as asked. Each call returns a new, independent chart. */
    public static JFreeChart create(CurvePlotData data, ChartStyle style) {
        XYPlot plot = new XYPlot();
        plot.setDomainAxis(xAxis(data, style));
        plot.setRangeAxis(yAxis(data, style));
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        plot.setDomainGridlineStroke(new BasicStroke(0.6f));
        plot.setRangeGridlineStroke(new BasicStroke(0.6f));
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        addSeries(plot, data, style);
        Ic50Layer.add(plot, data, style);

        JFreeChart chart = new JFreeChart(null, style.titleFont(), plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        if (style.isThumbnail()) {
            chart.setPadding(new RectangleInsets(3, 1, 1, 5));
        } else {
            chart.setPadding(new RectangleInsets(6, 6, 6, 10));
            TextTitle title = new TextTitle(data.title(), style.titleFont());
            chart.setTitle(title);
            if (!data.subtitle().isEmpty()) {
                chart.addSubtitle(new TextTitle(data.subtitle(), style.labelFont()));
            }
            if (data.isOverlay() || data.hasMaskedPoints()) {
                chart.addSubtitle(Legend.of(data, style));
            }
        }
        return chart;
    }

    private static LogAxis xAxis(CurvePlotData data, ChartStyle style) {
        LogAxis axis = new LogAxis(style.isThumbnail() ? null : data.xAxisLabel());
        axis.setBase(10);
        axis.setSmallestValue(data.xRange().lower() / 10);
        axis.setRange(data.xRange().lower(), data.xRange().upper());
        double decades = Math.log10(data.xRange().upper() / data.xRange().lower());
        int step = style.isThumbnail() && decades > 5 ? 2 : 1;
        axis.setTickUnit(new NumberTickUnit(step, new ConcentrationTickFormat(style.isThumbnail()), step == 1 ? 9 : 0));
        axis.setNumberFormatOverride(new ConcentrationTickFormat(style.isThumbnail()));
        axis.setMinorTickMarksVisible(!style.isThumbnail());
        styleAxis(axis, style);
        return axis;
    }

    private static NumberAxis yAxis(CurvePlotData data, ChartStyle style) {
        NumberAxis axis = new NumberAxis(style.isThumbnail() ? null : data.yAxisLabel());
        axis.setRange(data.yRange().lower(), data.yRange().upper());
        double span = data.yRange().upper() - data.yRange().lower();
        double tick = style.isThumbnail() ? (span > 200 ? 100 : 50) : (span > 250 ? 50 : 25);
        axis.setTickUnit(new NumberTickUnit(tick));
        styleAxis(axis, style);
        return axis;
    }

    private static void styleAxis(org.jfree.chart.axis.ValueAxis axis, ChartStyle style) {
        axis.setTickLabelFont(style.tickFont());
        axis.setLabelFont(style.labelFont());
        axis.setTickLabelPaint(AXIS);
        axis.setLabelPaint(AXIS);
        axis.setAxisLinePaint(AXIS);
        axis.setTickMarkPaint(AXIS);
        axis.setTickMarkOutsideLength(style.isThumbnail() ? 2 : 4);
        axis.setTickLabelInsets(new RectangleInsets(1, 1, 1, 1));
    }

    private static void addSeries(XYPlot plot, CurvePlotData data, ChartStyle style) {
        XYSeriesCollection curves = new XYSeriesCollection();
        XYSeriesCollection masked = new XYSeriesCollection();
        XYSeriesCollection used = new XYSeriesCollection();
        XYLineAndShapeRenderer curveRenderer = new XYLineAndShapeRenderer(true, false);
        curveRenderer.setDrawSeriesLineAsPath(true);
        XYLineAndShapeRenderer maskedRenderer = new XYLineAndShapeRenderer(false, true);
        XYLineAndShapeRenderer usedRenderer = new XYLineAndShapeRenderer(false, true);
        maskedRenderer.setUseFillPaint(true);
        maskedRenderer.setDefaultFillPaint(Color.WHITE);
        maskedRenderer.setDrawOutlines(true);
        maskedRenderer.setUseOutlinePaint(false);
        maskedRenderer.setDefaultOutlineStroke(new BasicStroke(style.isThumbnail() ? 1.0f : 1.4f));
        List<Series> series = data.series();
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            Color color = seriesColor(data, i);
            Shape shape = shape(i, style.pointSize());
            XYSeries line = new XYSeries(s.label() + " fit", false, true);
            for (XY xy : s.fittedCurve()) {
                line.add(xy.x(), xy.y());
            }
            curves.addSeries(line);
            curveRenderer.setSeriesPaint(i, color);
            curveRenderer.setSeriesStroke(i, curveStroke(s, style));
            masked.addSeries(points(s, i, PointState.MASKED));
            used.addSeries(points(s, i, PointState.USED));
            for (XYLineAndShapeRenderer r : List.of(maskedRenderer, usedRenderer)) {
                r.setSeriesPaint(i, color);
                r.setSeriesShape(i, shape);
            }
        }
        plot.setDataset(0, curves);
        plot.setRenderer(0, curveRenderer);
        plot.setDataset(1, masked);
        plot.setRenderer(1, maskedRenderer);
        plot.setDataset(2, used);
        plot.setRenderer(2, usedRenderer);
    }

    private static XYSeries points(Series s, int index, PointState state) {
        XYSeries points = new XYSeries(s.label() + " " + state + " " + index, false, true);
        for (Point p : s.points()) {
            if (p.state() == state && Double.isFinite(p.response())) {
                points.add(p.concentration(), p.response());
            }
        }
        return points;
    }

    private static BasicStroke curveStroke(Series s, ChartStyle style) {
        if (s.flat()) {
            float w = style.lineWidth() * 0.8f;
            return new BasicStroke(w, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1, new float[] {4 * w, 3 * w}, 0);
        }
        return new BasicStroke(style.lineWidth(), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    /** Series colour: blue for a single curve, the palette in order for overlays. */
    static Color seriesColor(CurvePlotData data, int index) {
        return OkabeIto.series(index);
    }

    /** Circle, square, triangle up, diamond, triangle down, then again. */
    static Shape shape(int index, double size) {
        double h = size / 2;
        return switch (Math.floorMod(index, 5)) {
            case 0 -> new Ellipse2D.Double(-h, -h, size, size);
            case 1 -> new Rectangle2D.Double(-h * 0.9, -h * 0.9, size * 0.9, size * 0.9);
            case 2 -> ShapeUtils.createUpTriangle((float) (h * 1.1));
            case 3 -> ShapeUtils.createDiamond((float) (h * 1.15));
            default -> ShapeUtils.createDownTriangle((float) (h * 1.1));
        };
    }
}
