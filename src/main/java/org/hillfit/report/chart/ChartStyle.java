/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.report.chart;

import java.awt.Font;

/**
 * How much a curve chart shows: a thumbnail for a table row, or a full chart with titles, axis labels and legend.
 * Sizes are in logical pixels (1/96 inch); fonts in points at that scale.
 */
public enum ChartStyle {
    /** About 160 × 110 px: no titles or axis labels, few ticks, a small IC50 label, compact tick labels (1k, 10k). */
    THUMBNAIL(160, 110, 9, 8, 1.6f, 4.5),
    /** About 400 × 280 px and up: title, subtitle, axis labels, IC50 and CI label, legend for overlays. */
    FULL(400, 280, 12, 10, 2.0f, 7);

    private final int defaultWidth;
    private final int defaultHeight;
    private final int labelSize;
    private final int tickSize;
    private final float lineWidth;
    private final double pointSize;

    ChartStyle(int defaultWidth, int defaultHeight, int labelSize, int tickSize, float lineWidth, double pointSize) {
        this.defaultWidth = defaultWidth;
        this.defaultHeight = defaultHeight;
        this.labelSize = labelSize;
        this.tickSize = tickSize;
        this.lineWidth = lineWidth;
        this.pointSize = pointSize;
    }

    /** The width the style is designed for, in logical pixels. */
    public int defaultWidth() {
        return defaultWidth;
    }

    /** The height the style is designed for, in logical pixels. */
    public int defaultHeight() {
        return defaultHeight;
    }

    /** True for the thumbnail style. */
    public boolean isThumbnail() {
        return this == THUMBNAIL;
    }

    Font labelFont() {
        return new Font(Font.SANS_SERIF, Font.PLAIN, labelSize);
    }

    Font titleFont() {
        return new Font(Font.SANS_SERIF, Font.BOLD, labelSize + 2);
    }

    Font tickFont() {
        return new Font(Font.SANS_SERIF, Font.PLAIN, tickSize);
    }

    float lineWidth() {
        return lineWidth;
    }

    double pointSize() {
        return pointSize;
    }
}
