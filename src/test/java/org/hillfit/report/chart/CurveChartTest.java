/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.hillfit.fit.FourPlParameters;
import org.hillfit.plate.ConcentrationUnit;
import org.hillfit.report.CurvePlotData;
import org.hillfit.report.TestCurves;
import org.hillfit.result.CurveFit;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

class CurveChartTest {
    @TempDir
    Path dir;

    private static CurvePlotData single() {
        return CurvePlotData.of(TestCurves.ok("TYK2", "HF-001", 12.3));
    }

    @Test
    void concentrationAxisIsLogarithmicWithTheUnitInItsLabel() {
        JFreeChart chart = CurveChart.create(single(), ChartStyle.FULL);
        XYPlot plot = chart.getXYPlot();
        LogAxis axis = assertInstanceOf(LogAxis.class, plot.getDomainAxis());
        assertEquals("Concentration (nM)", axis.getLabel());
        assertEquals("% inhibition", plot.getRangeAxis().getLabel());
        assertEquals("HF-001", chart.getTitle().getText());
    }

    @Test
    void thumbnailLeavesOutTitlesAndAxisLabels() {
        JFreeChart chart = CurveChart.create(single(), ChartStyle.THUMBNAIL);
        assertNull(chart.getTitle());
        assertNull(chart.getXYPlot().getDomainAxis().getLabel());
    }

    @Test
    void maskedPointsAreDrawnHollowAndUsedPointsFilled() {
        CurveFit curve = TestCurves.ok("TYK2", "HF-001", 12.3);
        CurveFit masked = TestCurves.withSeries(
                curve, TestCurves.series("HF-001", new FourPlParameters(0, 100, Math.log10(12.3) - 9, 1), "A07"));
        XYPlot plot =
                CurveChart.create(CurvePlotData.of(masked), ChartStyle.FULL).getXYPlot();
        // datasets: 0 curves, 1 masked points, 2 used points
        assertEquals(1, plot.getDataset(1).getItemCount(0));
        assertEquals(19, plot.getDataset(2).getItemCount(0));
        var hollow = (org.jfree.chart.renderer.xy.XYLineAndShapeRenderer) plot.getRenderer(1);
        assertTrue(hollow.getUseFillPaint());
        assertEquals(Color.WHITE, hollow.getDefaultFillPaint());
        var filled = (org.jfree.chart.renderer.xy.XYLineAndShapeRenderer) plot.getRenderer(2);
        assertFalse(filled.getUseFillPaint());
    }

    @Test
    void seriesOfAnOverlayTakeDistinctOkabeItoColours() {
        CurvePlotData overlay = CurvePlotData.overlay(
                "HF-001",
                List.of(TestCurves.ok("TYK2", "HF-001", 2), TestCurves.ok("JAK1", "HF-001", 200)),
                ConcentrationUnit.NANOMOLAR);
        XYPlot plot = CurveChart.create(overlay, ChartStyle.FULL).getXYPlot();
        assertEquals(new Color(0x0072B2), plot.getRenderer(0).getSeriesPaint(0));
        assertEquals(new Color(0xD55E00), plot.getRenderer(0).getSeriesPaint(1));
    }

    @Test
    void pngHasThePixelsAndResolutionAskedFor() throws IOException {
        byte[] png = ChartImages.png(single(), ChartStyle.FULL, 400, 280, 300);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(1250, image.getWidth());
        assertEquals(875, image.getHeight());
        assertEquals(300, dpi(png), 0.5);
    }

    @Test
    void thumbnailIsNotBlank() throws IOException {
        BufferedImage image =
                ImageIO.read(new ByteArrayInputStream(ChartImages.png(single(), ChartStyle.THUMBNAIL, 160, 110, 192)));
        assertEquals(320, image.getWidth());
        int blue = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == 0x0072B2) {
                    blue++;
                }
            }
        }
        assertTrue(blue > 200, "only " + blue + " pixels of the curve colour");
    }

    @Test
    void svgIsAScalableDocumentWithTextAsText() throws Exception {
        String svg = ChartImages.svg(single(), ChartStyle.FULL, 400, 280);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
        Element root = doc.getDocumentElement();
        assertEquals("svg", root.getLocalName());
        assertEquals("http://www.w3.org/2000/svg", root.getNamespaceURI());
        assertFalse(svg.contains("DOCTYPE"), "no DTD to download");
        assertEquals("0 0 400 280", root.getAttribute("viewBox"));
        assertTrue(svg.contains(">HF-001<"), "the title is text");
        assertTrue(svg.contains("Concentration (nM)"));
    }

    @Test
    void writesFilesAtomically() throws IOException {
        Path png = dir.resolve("c.png");
        Path svg = dir.resolve("c.svg");
        ChartImages.writePng(png, single(), ChartStyle.FULL, 400, 280, 96);
        ChartImages.writeSvg(svg, single(), ChartStyle.FULL, 400, 280);
        assertNotEquals(0, Files.size(png));
        assertTrue(
                Files.readString(svg).startsWith("<?xml"), Files.readString(svg).substring(0, 40));
        try (var files = Files.list(dir)) {
            assertEquals(2, files.count(), "no temporary files left");
        }
    }

    private static double dpi(byte[] png) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(png))) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            IIOMetadata metadata = reader.getImageMetadata(0);
            var root = metadata.getAsTree("javax_imageio_1.0");
            var pixelSize = ((Element) root).getElementsByTagName("HorizontalPixelSize");
            double mmPerPixel = Double.parseDouble(((Element) pixelSize.item(0)).getAttribute("value"));
            return 25.4 / mmPerPixel;
        }
    }
}
