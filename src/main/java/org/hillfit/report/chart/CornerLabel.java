/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.report.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Objects;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;

/** A few lines of text on a translucent white box, inside a corner of the plot area. */
final class CornerLabel extends AbstractXYAnnotation {
    private static final Color BOX = new Color(255, 255, 255, 220);
    private static final Color TEXT = new Color(0x222222);

    private final List<String> lines;
    private final Font font;
    private final boolean right;
    private final boolean bottom;

    CornerLabel(List<String> lines, Font font, boolean right, boolean bottom) {
        this.lines = List.copyOf(lines);
        this.font = font;
        this.right = right;
        this.bottom = bottom;
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
        g2.setFont(font);
        FontMetrics metrics = g2.getFontMetrics();
        double pad = Math.max(1.5, font.getSize2D() * 0.25);
        double lineHeight = metrics.getAscent() + metrics.getDescent();
        double width = 0;
        for (String line : lines) {
            width = Math.max(width, metrics.getStringBounds(line, g2).getWidth());
        }
        double boxWidth = width + 2 * pad;
        double boxHeight = lines.size() * lineHeight + 2 * pad;
        double inset = 2;
        double x = right ? dataArea.getMaxX() - inset - boxWidth : dataArea.getMinX() + inset;
        double y = bottom ? dataArea.getMaxY() - inset - boxHeight : dataArea.getMinY() + inset;
        g2.setPaint(BOX);
        g2.fill(new Rectangle2D.Double(x, y, boxWidth, boxHeight));
        g2.setPaint(TEXT);
        for (int i = 0; i < lines.size(); i++) {
            float baseline = (float) (y + pad + i * lineHeight + metrics.getAscent());
            g2.drawString(lines.get(i), (float) (x + pad), baseline);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CornerLabel c
                && c.lines.equals(lines)
                && c.font.equals(font)
                && c.right == right
                && c.bottom == bottom;
    }

    @Override
    public int hashCode() {
        return Objects.hash(lines, font, right, bottom);
    }
}
