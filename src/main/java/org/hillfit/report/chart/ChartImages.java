/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.report.chart;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.hillfit.report.AtomicFiles;
import org.hillfit.report.CurvePlotData;
import org.jfree.chart.JFreeChart;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Curve charts as pictures. Sizes are logical pixels at 96 dpi (the size the picture has on screen and on paper);
 * a higher {@code dpi} renders more pixels at the same size and records the resolution in the PNG, so a 400 × 280
 * chart at 300 dpi is 1250 × 875 pixels and prints 10.6 × 7.4 cm. SVG is vector and needs no resolution.
 */
public final class ChartImages {
    /** The resolution of one logical pixel. */
    public static final int SCREEN_DPI = 96;

    private ChartImages() {}

    /**
     * Renders a chart into an opaque image of {@code round(width × scale)} × {@code round(height × scale)} pixels.
     *
     * @param scale pixels per logical pixel (1 for screen, 2 for sharp pictures on high-resolution displays)
     * @throws IllegalArgumentException when a size or the scale is not positive
     */
    public static BufferedImage image(JFreeChart chart, int width, int height, double scale) {
        if (width <= 0 || height <= 0 || !(scale > 0)) {
            throw new IllegalArgumentException(
                    "a picture needs a positive size and scale; got " + width + " × " + height + " at " + scale);
        }
        BufferedImage image = new BufferedImage(
                (int) Math.round(width * scale), (int) Math.round(height * scale), BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g2.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g2.setColor(Color.WHITE);
            g2.fillRect(0, 0, image.getWidth(), image.getHeight());
            g2.scale(scale, scale);
            chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g2.dispose();
        }
        return image;
    }

    /** Renders curve data in a style; see {@link #image(JFreeChart, int, int, double)}. */
    public static BufferedImage image(CurvePlotData data, ChartStyle style, int width, int height, double scale) {
        return image(CurveChart.create(data, style), width, height, scale);
    }

    /**
     * The chart as PNG bytes at a resolution.
     *
     * @param width logical width in pixels at 96 dpi
     * @param height logical height in pixels at 96 dpi
     * @param dpi resolution, 96 for screen; 300 for print
     */
    public static byte[] png(CurvePlotData data, ChartStyle style, int width, int height, int dpi) {
        return png(image(data, style, width, height, dpi / (double) SCREEN_DPI), dpi);
    }

    /** An image as PNG bytes with its resolution recorded (pHYs), so applications place it at the right size. */
    public static byte[] png(BufferedImage image, int dpi) {
        if (dpi <= 0) {
            throw new IllegalArgumentException("the resolution must be positive; got " + dpi + " dpi");
        }
        return PngEncoder.encode(image, dpi);
    }

    /** The chart as an SVG document (UTF-8 text) of the given logical size, with a viewBox so it scales. */
    public static String svg(CurvePlotData data, ChartStyle style, int width, int height) {
        StringWriter text = new StringWriter();
        try {
            writeSvg(CurveChart.create(data, style), width, height, text);
        } catch (IOException e) {
            throw new IllegalStateException("writing SVG to memory failed", e); // a StringWriter does not fail
        }
        return text.toString();
    }

    /** Writes a PNG file atomically; see {@link #png(CurvePlotData, ChartStyle, int, int, int)}. */
    public static void writePng(Path target, CurvePlotData data, ChartStyle style, int width, int height, int dpi)
            throws IOException {
        byte[] png = png(data, style, width, height, dpi);
        AtomicFiles.write(target, out -> out.write(png));
    }

    /** Writes an SVG file atomically. */
    public static void writeSvg(Path target, CurvePlotData data, ChartStyle style, int width, int height)
            throws IOException {
        JFreeChart chart = CurveChart.create(data, style);
        AtomicFiles.write(target, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writeSvg(chart, width, height, writer);
            writer.flush();
        });
    }

    private static void writeSvg(JFreeChart chart, int width, int height, Writer writer) throws IOException {
        Document document;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            document = factory.newDocumentBuilder()
                    .getDOMImplementation()
                    .createDocument("http://www.w3.org/2000/svg", "svg", null);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK has no XML DOM implementation", e);
        }
        SVGGeneratorContext context = SVGGeneratorContext.createDefault(document);
        context.setComment("Hillfit dose-response chart");
        context.setPrecision(4);
        SVGGraphics2D g2 = new SVGGraphics2D(context, false);
        g2.setSVGCanvasSize(new Dimension(width, height));
        chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
        Element root = g2.getRoot();
        root.setAttributeNS(null, "viewBox", "0 0 " + width + " " + height);
        try {
            // Serialised by the JDK rather than Batik's writer: no DOCTYPE pointing at w3.org, which makes some
            // tools try to download the DTD.
            Transformer transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.setOutputProperty(OutputKeys.INDENT, "no");
            transformer.transform(new DOMSource(root), new StreamResult(writer));
        } catch (TransformerException e) {
            throw new IOException("could not write the SVG document: " + e.getMessage(), e);
        }
    }
}
