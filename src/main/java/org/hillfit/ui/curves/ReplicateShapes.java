/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.curves;

import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import org.hillfit.report.CurvePlotData;
import org.hillfit.report.CurvePlotData.Point;
import org.hillfit.report.CurvePlotData.PointState;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.util.ShapeUtils;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Makes the replicates of a dose distinguishable in the detail chart of one curve: the first well at a dose keeps
 * the report's circle, the second is drawn as a square, the third a diamond, the fourth a triangle; used points stay
 * filled and masked points hollow. Everything else (axes, curve, IC50 and CI band, colours) is the report's
 * rendering ({@link org.hillfit.report.chart.CurveChart}). Overlays already use one shape per assay and are left
 * alone.
 */
final class ReplicateShapes {
    /** The symbols of {@link #shape} in order, for the key under the chart. */
    static final String SYMBOLS = "●■◆▲";

    private ReplicateShapes() {}

    /** The most replicates at one dose of a single-curve chart (1 for overlays). */
    static int replicates(CurvePlotData data) {
        if (data.isOverlay() || data.series().isEmpty()) {
            return 1;
        }
        return data.series().get(0).points().stream()
                .mapToInt(Point::replicate)
                .max()
                .orElse(1);
    }

    /** Splits the chart's point series by replicate, each with its shape. */
    static void apply(JFreeChart chart, CurvePlotData data) {
        int replicates = Math.min(replicates(data), SYMBOLS.length());
        if (replicates < 2) {
            return;
        }
        XYPlot plot = chart.getXYPlot();
        for (int d = 0; d < plot.getDatasetCount(); d++) {
            XYDataset dataset = plot.getDataset(d);
            XYItemRenderer renderer = plot.getRenderer(d);
            if (dataset == null || renderer == null || dataset.getSeriesCount() != 1) {
                continue;
            }
            String key = String.valueOf(dataset.getSeriesKey(0));
            for (PointState state : new PointState[] {PointState.USED, PointState.MASKED}) {
                if (key.endsWith(" " + state + " 0")) {
                    split(plot, d, renderer, state, data, replicates);
                }
            }
        }
    }

    private static void split(
            XYPlot plot, int index, XYItemRenderer renderer, PointState state, CurvePlotData data, int replicates) {
        double size = renderer.getSeriesShape(0) == null
                ? 7
                : renderer.getSeriesShape(0).getBounds2D().getWidth();
        java.awt.Paint paint = renderer.getSeriesPaint(0);
        XYSeriesCollection split = new XYSeriesCollection();
        for (int r = 1; r <= replicates; r++) {
            XYSeries series = new XYSeries(state + " replicate " + r, false, true);
            for (Point p : data.series().get(0).points()) {
                boolean mine = p.replicate() == r || (r == replicates && p.replicate() > replicates);
                if (mine && p.state() == state && Double.isFinite(p.response())) {
                    series.add(p.concentration(), p.response());
                }
            }
            split.addSeries(series);
            renderer.setSeriesPaint(r - 1, paint);
            renderer.setSeriesShape(r - 1, shape(r - 1, size));
        }
        plot.setDataset(index, split);
    }

    /** Circle, square, diamond, triangle. */
    static Shape shape(int index, double size) {
        double h = size / 2;
        return switch (index) {
            case 0 -> new Ellipse2D.Double(-h, -h, size, size);
            case 1 -> new Rectangle2D.Double(-h * 0.9, -h * 0.9, size * 0.9, size * 0.9);
            case 2 -> ShapeUtils.createDiamond((float) (h * 1.15));
            default -> ShapeUtils.createUpTriangle((float) (h * 1.1));
        };
    }
}
