/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hillfit.fit.Qualifier;
import org.hillfit.report.CurvePlotData;
import org.hillfit.report.CurvePlotData.Ic50Marker;
import org.hillfit.report.CurvePlotData.Series;
import org.hillfit.report.ResultFormat;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;

/**
 * The IC50 marks of a chart: dashed line, shaded 95 % CI band, an arrow at the bound of a qualified IC50, and for a
 * single curve a small label ("IC50 12.3 nM", CI below it at full size) in the plot corner with the fewest points.
 */
final class Ic50Layer {
    private Ic50Layer() {}

    static void add(XYPlot plot, CurvePlotData data, ChartStyle style) {
        List<Series> series = data.series();
        for (int i = 0; i < series.size(); i++) {
            Optional<Ic50Marker> marker = series.get(i).ic50();
            if (marker.isPresent()) {
                mark(plot, marker.get(), CurveChart.seriesColor(data, i), data.isOverlay(), style);
            }
        }
        if (!data.isOverlay() && !series.isEmpty()) {
            series.get(0).ic50().ifPresent(m -> label(plot, data, m, style));
        }
    }

    private static void mark(XYPlot plot, Ic50Marker m, Color color, boolean overlay, ChartStyle style) {
        if (!(m.value() > 0)) {
            return;
        }
        if (m.qualifier() == Qualifier.EQUAL && m.hasConfidenceInterval()) {
            IntervalMarker band = new IntervalMarker(m.ciLow(), m.ciHigh());
            band.setPaint(OkabeIto.translucent(color, overlay ? 30 : 45));
            band.setOutlinePaint(null);
            plot.addDomainMarker(band, Layer.BACKGROUND);
        }
        float w = style.isThumbnail() ? 1.0f : 1.3f;
        ValueMarker line = new ValueMarker(m.value());
        line.setPaint(color);
        line.setStroke(new BasicStroke(w, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1, new float[] {4, 3}, 0));
        plot.addDomainMarker(line, Layer.FOREGROUND);
        if (m.qualifier() != Qualifier.EQUAL) {
            double length = style.isThumbnail() ? 12 : 22;
            plot.addAnnotation(new BoundArrow(m.value(), m.qualifier() == Qualifier.GREATER_THAN, color, length, w));
        }
    }

    private static void label(XYPlot plot, CurvePlotData data, Ic50Marker m, ChartStyle style) {
        List<String> lines = new ArrayList<>();
        lines.add(m.label());
        if (!style.isThumbnail() && m.hasConfidenceInterval()) {
            lines.add("95% CI " + ResultFormat.range(m.ciLow(), m.ciHigh()) + " "
                    + data.unit().symbol());
        }
        Corner corner = Corner.emptiest(data, m);
        plot.addAnnotation(new CornerLabel(lines, style.tickFont(), corner.right, corner.bottom));
    }

    /** A corner of the plot area. */
    enum Corner {
        TOP_LEFT(false, false),
        BOTTOM_RIGHT(true, true),
        TOP_RIGHT(true, false),
        BOTTOM_LEFT(false, true);

        final boolean right;
        final boolean bottom;

        Corner(boolean right, boolean bottom) {
            this.right = right;
            this.bottom = bottom;
        }

        /**
         * The corner whose box (45 % wide, 28 % high) holds the fewest points and curve samples, avoiding the top
         * corner where a qualified IC50's arrow is drawn; ties in declaration order.
         */
        static Corner emptiest(CurvePlotData data, Ic50Marker marker) {
            int[] counts = new int[values().length];
            if (marker.qualifier() == Qualifier.GREATER_THAN) {
                counts[TOP_RIGHT.ordinal()] += 1000;
            } else if (marker.qualifier() == Qualifier.LESS_THAN) {
                counts[TOP_LEFT.ordinal()] += 1000;
            }
            double logLow = Math.log10(data.xRange().lower());
            double logSpan = Math.log10(data.xRange().upper()) - logLow;
            double yLow = data.yRange().lower();
            double ySpan = data.yRange().upper() - yLow;
            for (Series s : data.series()) {
                for (CurvePlotData.Point p : s.points()) {
                    count(counts, (Math.log10(p.concentration()) - logLow) / logSpan, (p.response() - yLow) / ySpan, 4);
                }
                for (CurvePlotData.XY xy : s.fittedCurve()) {
                    count(counts, (Math.log10(xy.x()) - logLow) / logSpan, (xy.y() - yLow) / ySpan, 1);
                }
            }
            Corner best = TOP_LEFT;
            for (Corner c : values()) {
                if (counts[c.ordinal()] < counts[best.ordinal()]) {
                    best = c;
                }
            }
            return best;
        }

        private static void count(int[] counts, double u, double v, int weight) {
            if (!Double.isFinite(u) || !Double.isFinite(v)) {
                return;
            }
            for (Corner c : values()) {
                boolean inX = c.right ? u > 0.55 : u < 0.45;
                boolean inY = c.bottom ? v < 0.28 : v > 0.72;
                if (inX && inY) {
                    counts[c.ordinal()] += weight;
                }
            }
        }
    }
}
