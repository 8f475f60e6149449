/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.report.chart;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * A small, fast PNG encoder for charts: 8-bit RGB, the "Up" filter on every row and a moderate deflate level.
 * Charts are mostly flat colour, so this compresses about as well as the JDK's writer, which tries every filter on
 * every row, at a fraction of the time; a report with thousands of curve pictures is dominated by this step.
 */
final class PngEncoder {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final int FILTER_UP = 2;
    private static final int DEFLATE_LEVEL = 1;

    private PngEncoder() {}

    /** The image as PNG, with its resolution in a pHYs chunk. */
    static byte[] encode(BufferedImage image, int dpi) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 * 1024);
            DataOutputStream out = new DataOutputStream(bytes);
            out.write(SIGNATURE);
            ByteArrayOutputStream header = new ByteArrayOutputStream(13);
            DataOutputStream h = new DataOutputStream(header);
            h.writeInt(image.getWidth());
            h.writeInt(image.getHeight());
            h.write(new byte[] {8, 2, 0, 0, 0}); // 8 bits, RGB, deflate, standard filters, no interlace
            chunk(out, "IHDR", header.toByteArray());
            ByteArrayOutputStream phys = new ByteArrayOutputStream(9);
            DataOutputStream p = new DataOutputStream(phys);
            int perMeter = (int) Math.round(dpi / 0.0254);
            p.writeInt(perMeter);
            p.writeInt(perMeter);
            p.writeByte(1); // unit: metre
            chunk(out, "pHYs", phys.toByteArray());
            chunk(out, "IDAT", pixels(image));
            chunk(out, "IEND", new byte[0]);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("writing a PNG to memory failed", e); // memory streams do not fail
        }
    }

    private static byte[] pixels(BufferedImage image) throws IOException {
        int width = image.getWidth();
        int[] argb = new int[width];
        // Opaque int images (what ChartImages renders) are read straight from their buffer; getRGB per row
        // converts pixel by pixel and costs more than the compression.
        int[] direct = image.getType() == BufferedImage.TYPE_INT_RGB
                        && image.getRaster().getDataBuffer() instanceof DataBufferInt buffer
                        && buffer.getNumBanks() == 1
                        && image.getRaster().getSampleModelTranslateX() == 0
                        && image.getRaster().getSampleModelTranslateY() == 0
                ? buffer.getData()
                : null;
        byte[] previous = new byte[width * 3];
        byte[] current = new byte[width * 3];
        byte[] line = new byte[width * 3 + 1];
        line[0] = FILTER_UP;
        ByteArrayOutputStream compressed = new ByteArrayOutputStream(16 * 1024);
        Deflater deflater = new Deflater(DEFLATE_LEVEL);
        try (DeflaterOutputStream deflate = new DeflaterOutputStream(compressed, deflater, 32 * 1024)) {
            for (int y = 0; y < image.getHeight(); y++) {
                if (direct != null) {
                    toBytes(direct, y * width, width, current);
                } else {
                    image.getRGB(0, y, width, 1, argb, 0, width);
                    toBytes(argb, 0, width, current);
                }
                for (int i = 0; i < current.length; i++) {
                    line[i + 1] = (byte) (current[i] - previous[i]);
                }
                deflate.write(line);
                byte[] swap = previous;
                previous = current;
                current = swap;
            }
        } finally {
            deflater.end();
        }
        return compressed.toByteArray();
    }

    /** One row of packed RGB ints as R, G, B bytes. */
    private static void toBytes(int[] pixels, int offset, int width, byte[] rgb) {
        for (int x = 0; x < width; x++) {
            int p = pixels[offset + x];
            rgb[3 * x] = (byte) (p >> 16);
            rgb[3 * x + 1] = (byte) (p >> 8);
            rgb[3 * x + 2] = (byte) p;
        }
    }

    private static void chunk(DataOutputStream out, String type, byte[] data) throws IOException {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.writeInt(data.length);
        out.write(typeBytes);
        out.write(data);
        out.writeInt((int) crc.getValue());
    }
}
