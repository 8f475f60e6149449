/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hillfit.result.CombinedPotency;
import org.hillfit.result.ControlChart;
import org.hillfit.result.Potency;
import org.hillfit.result.Replicate;
import org.hillfit.result.ReplicateSummary;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;

/**
 * The reference control chart: five runs of pIC50 7.50, 7.55, 7.45, 7.52 and 8.20. The first three set the baseline
 * (not judged); the fourth lies within 7.50 ± 2 × 0.05; the fifth lies far above the limits of the four before it.
 */
class ControlChartFigureTest {
    private static final double[] PIC50 = {7.50, 7.55, 7.45, 7.52, 8.20};

    @Test
    void drawsEachRunInTheSeriesOfItsStatus() {
        XYSeriesCollection points = ControlChartFigure.points(chart());

        assertEquals(List.of(1, 1, 3, 0), counts(points), "in limits, outside, not judged, excluded");
        assertEquals(4.0, points.getSeries(1).getX(0).doubleValue(), "the fifth run is the one outside");
        assertEquals(8.20, points.getSeries(1).getY(0).doubleValue(), 1e-12);
    }

    @Test
    void drawsTheMeanAndTheLimitsOfAllRunsAsLabelledLines() {
        ControlChart chart = chart();
        XYPlot plot = ControlChartFigure.create(chart).getXYPlot();

        List<Double> lines = plot.getRangeMarkers(Layer.FOREGROUND).stream()
                .map(m -> ((org.jfree.chart.plot.ValueMarker) m).getValue())
                .toList();
        assertEquals(List.of(chart.meanPIc50(), chart.upperLimit(), chart.lowerLimit()), lines);
        assertTrue(plot.getRangeAxis().getRange().contains(chart.upperLimit()), "no line is cut off");
        assertTrue(plot.getRangeAxis().getRange().contains(8.20));
    }

    @Test
    void namesTheReferenceAndSummarisesTheRuns() {
        JFreeChart figure = ControlChartFigure.create(chart());

        assertEquals("TYK2 · reference HF-003", figure.getTitle().getText());
        String subtitle = ((TextTitle) figure.getSubtitle(1)).getText();
        assertTrue(subtitle.startsWith("mean pIC50 7.64 · SD 0.31 · n 5 runs · MSR "), subtitle);
    }

    @Test
    void theLegendNamesOnlyTheStatusesSomeRunHas() {
        XYPlot plot = ControlChartFigure.create(chart()).getXYPlot();

        List<String> legend = new ArrayList<>();
        for (int i = 0; i < plot.getLegendItems().getItemCount(); i++) {
            legend.add(plot.getLegendItems().get(i).getLabel());
        }
        assertEquals(4, legend.size(), legend::toString); // the band, in limits, outside, not judged
        assertTrue(legend.stream().noneMatch(l -> l.startsWith("excluded")), legend::toString);
    }

    @Test
    void rendersHeadless() {
        BufferedImage image = ChartImages.image(ControlChartFigure.create(chart()), 640, 400, 1);

        assertEquals(640, image.getWidth());
    }

    @Test
    void aChartWithoutLimitsYetHasNoLines() {
        ControlChart single = ControlChart.of(summary(new double[] {7.5}));
        XYPlot plot = ControlChartFigure.create(single).getXYPlot();

        assertEquals(1, plot.getRangeMarkers(Layer.FOREGROUND).size(), "the mean only");
        assertTrue(ControlChartFigure.summary(single).contains("SD — · n 1 run · MSR —"));
    }

    private static ControlChart chart() {
        return ControlChart.of(summary(PIC50));
    }

    private static ReplicateSummary summary(double[] pic50s) {
        List<Replicate> runs = new ArrayList<>();
        List<Potency> potencies = new ArrayList<>();
        for (int i = 0; i < pic50s.length; i++) {
            Potency p = Potency.exact(-pic50s[i]);
            potencies.add(p);
            runs.add(new Replicate("", "TYK2-R" + (i + 1), Optional.empty(), Optional.of(p), Optional.empty(), false));
        }
        return new ReplicateSummary("TYK2", "HF-003", runs, CombinedPotency.combine(potencies), List.of());
    }

    private static List<Integer> counts(XYSeriesCollection points) {
        List<Integer> counts = new ArrayList<>();
        for (int s = 0; s < points.getSeriesCount(); s++) {
            counts.add(points.getSeries(s).getItemCount());
        }
        return counts;
    }
}
