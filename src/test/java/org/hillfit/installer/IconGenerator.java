/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.installer;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Draws the application icon (a dose-response curve with its IC50 on a rounded tile) and writes it as PNG (Linux),
 * ICO (Windows, PNG entries) and ICNS (macOS, PNG entries). Run once when the design changes:
 * {@code java -cp target/test-classes:target/classes org.hillfit.installer.IconGenerator installer/icons}.
 */
public final class IconGenerator {
    private IconGenerator() {}

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "installer/icons");
        Files.createDirectories(folder);
        Files.write(folder.resolve("hillfit.png"), png(draw(256)));
        Files.write(folder.resolve("hillfit.ico"), ico(List.of(16, 32, 48, 256)));
        Files.write(folder.resolve("hillfit.icns"), icns());
    }

    /** The icon at a size in pixels. */
    static BufferedImage draw(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        double s = size / 256.0;
        g.setPaint(new GradientPaint(0, 0, new Color(0x0B4F6C), 0, size, new Color(0x01BAEF)));
        g.fill(new RoundRectangle2D.Double(8 * s, 8 * s, 240 * s, 240 * s, 56 * s, 56 * s));
        g.setColor(new Color(255, 255, 255, 90));
        g.setStroke(new BasicStroke((float) Math.max(1, 4 * s)));
        g.drawLine((int) (40 * s), (int) (200 * s), (int) (216 * s), (int) (200 * s));
        g.drawLine((int) (40 * s), (int) (200 * s), (int) (40 * s), (int) (40 * s));
        Path2D curve = new Path2D.Double();
        for (int i = 0; i <= 100; i++) {
            double x = 44 + i * 1.7;
            double y = 190 - 140 / (1 + Math.exp(-(x - 128) / 16));
            if (i == 0) {
                curve.moveTo(x * s, y * s);
            } else {
                curve.lineTo(x * s, y * s);
            }
        }
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke((float) Math.max(1.5, 14 * s), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(curve);
        if (size >= 32) {
            g.setColor(new Color(0xFBB13C));
            double r = 15 * s;
            g.fill(new java.awt.geom.Ellipse2D.Double(128 * s - r, 120 * s - r, 2 * r, 2 * r));
        }
        g.dispose();
        return image;
    }

    static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** An ICO file whose entries are PNG images (supported since Windows Vista). */
    static byte[] ico(List<Integer> sizes) throws IOException {
        List<byte[]> images = new java.util.ArrayList<>();
        for (int size : sizes) {
            images.add(png(draw(size)));
        }
        int offset = 6 + 16 * sizes.size();
        ByteBuffer header = ByteBuffer.allocate(offset).order(ByteOrder.LITTLE_ENDIAN);
        header.putShort((short) 0).putShort((short) 1).putShort((short) sizes.size());
        for (int i = 0; i < sizes.size(); i++) {
            int size = sizes.get(i);
            header.put((byte) (size >= 256 ? 0 : size)).put((byte) (size >= 256 ? 0 : size));
            header.put((byte) 0).put((byte) 0).putShort((short) 1).putShort((short) 32);
            header.putInt(images.get(i).length).putInt(offset);
            offset += images.get(i).length;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(header.array());
        for (byte[] image : images) {
            out.write(image);
        }
        return out.toByteArray();
    }

    /** An ICNS file with PNG entries: ic07 (128), ic08 (256), ic09 (512). */
    static byte[] icns() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        String[] types = {"ic07", "ic08", "ic09"};
        int[] sizes = {128, 256, 512};
        for (int i = 0; i < types.length; i++) {
            byte[] image = png(draw(sizes[i]));
            body.write(types[i].getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            body.write(ByteBuffer.allocate(4).putInt(image.length + 8).array());
            body.write(image);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write("icns".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        out.write(ByteBuffer.allocate(4).putInt(body.size() + 8).array());
        out.write(body.toByteArray());
        return out.toByteArray();
    }
}
