/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.DoubleStream;
import org.hillfit.result.ControlChart;
import org.hillfit.result.ControlPoint;
import org.hillfit.result.ControlStatus;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.chart.util.ShapeUtils;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Draws a reference compound's {@link ControlChart}: pIC50 per run in chart order, the limits each run was judged
 * against as a shaded step band (mean ± 2 SD of the runs before it), the mean and mean ± 2 SD of all counted runs as
 * lines (the band for the next run), and the runs by status: in limits blue, outside limits vermillion and larger,
 * undetermined (a bound, or too few earlier runs) hollow, excluded grey. The subtitle gives mean, SD, n and MSR. The
 * workbench shows it in its FX viewer; the report can render it with {@link ChartImages#image}.
 */
public final class ControlChartFigure {
    /** Series index of each status in the points dataset, also its legend order. */
    static final List<ControlStatus> ORDER = List.of(
            ControlStatus.IN_LIMITS, ControlStatus.OUTSIDE_LIMITS, ControlStatus.UNDETERMINED, ControlStatus.EXCLUDED);

    private static final Color BAND = OkabeIto.translucent(OkabeIto.SKY_BLUE, 50);
    private static final Color MEAN = new Color(0x333333);
    private static final Color LIMIT = new Color(0x666666);
    private static final Color GREY = new Color(0x999999);
    private static final ChartStyle STYLE = ChartStyle.FULL;

    private ControlChartFigure() {}

    /** A new chart of the runs; each call returns a new, independent chart. */
    public static JFreeChart create(ControlChart chart) {
        XYPlot plot = new XYPlot();
        plot.setDomainAxis(runAxis(chart));
        NumberAxis y = new NumberAxis("pIC50");
        y.setAutoRangeIncludesZero(false);
        y.setAutoRangeMinimumSize(0.5);
        range(chart).ifPresent(r -> y.setRange(r[0], r[1]));
        styleAxis(y);
        plot.setRangeAxis(y);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        plot.setDomainGridlinesVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        plot.setDataset(0, limitsInForce(chart));
        plot.setRenderer(0, bandRenderer());
        XYSeriesCollection points = points(chart);
        plot.setDataset(1, points);
        plot.setRenderer(1, pointRenderer(points));
        lines(plot, chart);

        JFreeChart figure =
                new JFreeChart(chart.assay() + " · reference " + chart.compound(), STYLE.titleFont(), plot, true);
        figure.addSubtitle(new TextTitle(summary(chart), STYLE.labelFont()));
        figure.getLegend().setItemFont(STYLE.tickFont());
        figure.getLegend().setFrame(BlockBorder.NONE);
        figure.setBackgroundPaint(Color.WHITE);
        figure.setPadding(new RectangleInsets(6, 6, 6, 10));
        figure.setAntiAlias(true);
        figure.setTextAntiAlias(true);
        return figure;
    }

    /** "mean pIC50 7.52 · SD 0.08 · n 6 runs · MSR 1.7", with "—" for what cannot be computed yet. */
    public static String summary(ControlChart chart) {
        return "mean pIC50 " + number(chart.meanPIc50(), 2) + " · SD " + number(chart.sdLog(), 2) + " · n " + chart.n()
                + (chart.n() == 1 ? " run" : " runs") + " · MSR " + number(chart.msr(), 2);
    }

    private static String number(double value, int decimals) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%." + decimals + "f", value) : "—";
    }

    /** pIC50s and every limit with a margin, so the lines are never cut off; empty without any value. */
    static Optional<double[]> range(ControlChart chart) {
        DoubleStream.Builder values = DoubleStream.builder();
        for (ControlPoint p : chart.points()) {
            values.add(p.pIc50()).add(p.lowerLimit()).add(p.upperLimit());
        }
        values.add(chart.lowerLimit()).add(chart.upperLimit()).add(chart.meanPIc50());
        double[] finite = values.build().filter(Double::isFinite).toArray();
        if (finite.length == 0) {
            return Optional.empty();
        }
        double lo = Arrays.stream(finite).min().orElseThrow();
        double hi = Arrays.stream(finite).max().orElseThrow();
        double pad = Math.max(0.15, 0.12 * (hi - lo));
        return Optional.of(new double[] {lo - pad, hi + pad});
    }

    /** One tick per run, named by its "run / plate" label (vertical when there are many). */
    private static SymbolAxis runAxis(ControlChart chart) {
        String[] labels = chart.points().stream().map(ControlPoint::run).toArray(String[]::new);
        SymbolAxis axis = new SymbolAxis("Run (plate), in order", labels);
        axis.setGridBandsVisible(false);
        axis.setVerticalTickLabels(labels.length > 8);
        axis.setRange(-0.6, Math.max(labels.length, 1) - 0.4);
        styleAxis(axis);
        return axis;
    }

    /** The limits each run was judged against, as a step band (runs without limits leave a gap). */
    private static YIntervalSeriesCollection limitsInForce(ControlChart chart) {
        YIntervalSeries band = new YIntervalSeries("limits in force (mean ± 2 SD of earlier runs)");
        List<ControlPoint> points = chart.points();
        for (int i = 0; i < points.size(); i++) {
            ControlPoint p = points.get(i);
            if (Double.isFinite(p.lowerLimit()) && Double.isFinite(p.upperLimit())) {
                double mid = (p.lowerLimit() + p.upperLimit()) / 2;
                band.add(i - 0.5, mid, p.lowerLimit(), p.upperLimit());
                band.add(i + 0.5, mid, p.lowerLimit(), p.upperLimit());
            }
        }
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        data.addSeries(band);
        return data;
    }

    private static DeviationRenderer bandRenderer() {
        DeviationRenderer renderer = new DeviationRenderer(true, false);
        renderer.setSeriesFillPaint(0, BAND);
        renderer.setSeriesPaint(0, OkabeIto.translucent(OkabeIto.SKY_BLUE, 120));
        renderer.setSeriesStroke(0, new BasicStroke(0.8f));
        renderer.setAlpha(1f);
        return renderer;
    }

    /** The runs with a pIC50, one series per status in {@link #ORDER}. */
    static XYSeriesCollection points(ControlChart chart) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (ControlStatus status : ORDER) {
            data.addSeries(new XYSeries(label(status), false, true));
        }
        List<ControlPoint> points = chart.points();
        for (int i = 0; i < points.size(); i++) {
            ControlPoint p = points.get(i);
            if (Double.isFinite(p.pIc50())) {
                data.getSeries(ORDER.indexOf(p.status())).add(i, p.pIc50());
            }
        }
        return data;
    }

    private static String label(ControlStatus status) {
        return switch (status) {
            case IN_LIMITS -> "in limits";
            case OUTSIDE_LIMITS -> "outside limits";
            case UNDETERMINED -> "not judged (bound, or too few earlier runs)";
            case EXCLUDED -> "excluded (does not count)";
        };
    }

    /** Shapes by status; the legend names only the statuses some run has. */
    private static XYLineAndShapeRenderer pointRenderer(XYSeriesCollection points) {
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        for (int s = 0; s < points.getSeriesCount(); s++) {
            renderer.setSeriesVisibleInLegend(s, points.getSeries(s).getItemCount() > 0);
        }
        double size = STYLE.pointSize() + 2;
        Shape circle = new Ellipse2D.Double(-size / 2, -size / 2, size, size);
        renderer.setSeriesShape(0, circle);
        renderer.setSeriesPaint(0, OkabeIto.BLUE);
        renderer.setSeriesShape(1, ShapeUtils.createDiamond((float) (size * 0.8)));
        renderer.setSeriesPaint(1, OkabeIto.VERMILLION);
        renderer.setSeriesShape(2, circle);
        renderer.setSeriesPaint(2, OkabeIto.BLUE);
        renderer.setSeriesShapesFilled(2, false);
        renderer.setSeriesShape(3, ShapeUtils.createDiagonalCross((float) (size * 0.45), 1.2f));
        renderer.setSeriesPaint(3, GREY);
        renderer.setUseOutlinePaint(false);
        renderer.setDrawOutlines(true);
        renderer.setDefaultOutlineStroke(new BasicStroke(1.6f));
        return renderer;
    }

    /** The mean and mean ± 2 SD of all counted runs, labelled, when they exist. */
    private static void lines(XYPlot plot, ControlChart chart) {
        marker(plot, chart.meanPIc50(), "mean " + number(chart.meanPIc50(), 2), MEAN, null);
        float[] dash = {5f, 4f};
        marker(plot, chart.upperLimit(), "+2 SD " + number(chart.upperLimit(), 2), LIMIT, dash);
        marker(plot, chart.lowerLimit(), "−2 SD " + number(chart.lowerLimit(), 2), LIMIT, dash);
    }

    private static void marker(XYPlot plot, double value, String label, Color color, float[] dash) {
        if (!Double.isFinite(value)) {
            return;
        }
        ValueMarker marker = new ValueMarker(value);
        marker.setPaint(color);
        marker.setStroke(
                dash == null
                        ? new BasicStroke(1.4f)
                        : new BasicStroke(1.1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1, dash, 0));
        marker.setLabel(label);
        marker.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        marker.setLabelPaint(color);
        marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        marker.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
        plot.addRangeMarker(marker, Layer.FOREGROUND);
    }

    private static void styleAxis(ValueAxis axis) {
        axis.setTickLabelFont(STYLE.tickFont());
        axis.setLabelFont(STYLE.labelFont());
        Color ink = new Color(0x444444);
        axis.setTickLabelPaint(ink);
        axis.setLabelPaint(ink);
        axis.setAxisLinePaint(ink);
        axis.setTickMarkPaint(ink);
    }
}
