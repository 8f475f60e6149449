/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;

/**
 * A short horizontal arrow from a qualified IC50's bound towards where the IC50 lies (right for {@code >}, left for
 * {@code <}), drawn near the top of the plot with a fixed length in pixels so it reads at every size.
 */
final class BoundArrow extends AbstractXYAnnotation {
    private final double bound;
    private final boolean pointsRight;
    private final Color color;
    private final double length;
    private final float width;

    BoundArrow(double bound, boolean pointsRight, Color color, double length, float width) {
        this.bound = bound;
        this.pointsRight = pointsRight;
        this.color = color;
        this.length = length;
        this.width = width;
    }

    @Override
    public void draw(
            Graphics2D g2,
            XYPlot plot,
            Rectangle2D dataArea,
            ValueAxis domainAxis,
            ValueAxis rangeAxis,
            int rendererIndex,
            PlotRenderingInfo info) {
        double x0 = domainAxis.valueToJava2D(bound, dataArea, RectangleEdge.BOTTOM);
        double room = pointsRight ? dataArea.getMaxX() - x0 : x0 - dataArea.getMinX();
        double l = Math.min(length, Math.max(room - 1, length / 2));
        double y = dataArea.getMinY() + Math.max(6, dataArea.getHeight() * 0.08);
        double x1 = pointsRight ? x0 + l : x0 - l;
        double head = Math.max(3, width * 2.6);
        double back = pointsRight ? -head : head;
        Path2D arrow = new Path2D.Double();
        arrow.moveTo(x1, y);
        arrow.lineTo(x1 + back, y - head * 0.6);
        arrow.lineTo(x1 + back, y + head * 0.6);
        arrow.closePath();
        g2.setPaint(color);
        g2.setStroke(new BasicStroke(width));
        g2.draw(new java.awt.geom.Line2D.Double(x0, y, x1 + back * 0.5, y));
        g2.fill(arrow);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BoundArrow a
                && a.bound == bound
                && a.pointsRight == pointsRight
                && a.color.equals(color)
                && a.length == length
                && a.width == width;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(bound, pointsRight, color, length, width);
    }
}
