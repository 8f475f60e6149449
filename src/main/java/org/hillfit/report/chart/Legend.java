/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Line2D;
import java.util.List;
import org.hillfit.report.CurvePlotData;
import org.hillfit.report.CurvePlotData.Series;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/** The legend of a full-size chart: one entry per series with its IC50, and "masked" for hollow points. */
final class Legend {
    private static final Color MASKED = new Color(0x555555);

    private Legend() {}

    static LegendTitle of(CurvePlotData data, ChartStyle style) {
        LegendItemCollection items = new LegendItemCollection();
        List<Series> series = data.series();
        if (data.isOverlay()) {
            for (int i = 0; i < series.size(); i++) {
                Series s = series.get(i);
                String ic50 = s.ic50()
                        .map(m -> "  " + m.label().replaceFirst("^IC50 ", ""))
                        .orElse("");
                items.add(item(s.label() + ic50, CurveChart.seriesColor(data, i), i, style, true));
            }
        }
        if (data.hasMaskedPoints()) {
            items.add(item("masked (not fitted)", MASKED, 0, style, false));
        }
        LegendTitle legend = new LegendTitle(() -> items);
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setItemFont(style.tickFont());
        legend.setItemPaint(new Color(0x222222));
        legend.setBackgroundPaint(Color.WHITE);
        legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        legend.setItemLabelPadding(new RectangleInsets(1, 2, 1, 8));
        return legend;
    }

    private static LegendItem item(String label, Color color, int index, ChartStyle style, boolean filled) {
        return new LegendItem(
                label,
                null,
                null,
                null,
                true,
                CurveChart.shape(index, style.pointSize()),
                filled,
                filled ? color : Color.WHITE,
                true,
                color,
                new BasicStroke(1.2f),
                filled,
                new Line2D.Double(-9, 0, 9, 0),
                new BasicStroke(style.lineWidth()),
                color);
    }
}
