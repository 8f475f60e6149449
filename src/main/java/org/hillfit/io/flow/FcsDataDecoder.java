/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.flow;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.nio.ShortBuffer;
import java.util.List;

/**
 * Decodes the DATA segment into one float array per parameter, a chunk of about 1 MiB at a time through bulk
 * buffer views (no per-event objects), then applies masks, {@code $PnE} log scaling and {@code $PnG} gains.
 */
final class FcsDataDecoder {
    private static final int CHUNK_BYTES = 1 << 20;
    private static final int MAX_TABLE_BITS = 16;

    private FcsDataDecoder() {}

    /**
     * Decodes {@code events} events starting at byte {@code start} of the source.
     *
     * @throws IOException when the bytes cannot be read
     * @throws IllegalArgumentException naming the event and parameter when an ASCII value is not a number
     */
    static float[][] decode(FcsSource source, long start, int events, FcsDataLayout layout) throws IOException {
        int parameters = layout.widths().length;
        float[][] columns = new float[parameters][events];
        int bytesPerEvent = layout.bytesPerEvent();
        int perChunk = Math.max(1, CHUNK_BYTES / Math.max(1, bytesPerEvent));
        float[] scratch = layout.type() == 'F' ? new float[Math.min(perChunk, events) * parameters] : new float[0];
        for (int first = 0; first < events; first += perChunk) {
            int n = Math.min(perChunk, events - first);
            ByteBuffer chunk = source.window(start + (long) first * bytesPerEvent, n * bytesPerEvent);
            chunk.order(layout.order());
            decodeChunk(chunk, first, n, layout, columns, scratch);
        }
        return columns;
    }

    private static void decodeChunk(
            ByteBuffer chunk, int first, int n, FcsDataLayout layout, float[][] columns, float[] scratch) {
        int width = layout.widths().length == 0 ? 0 : layout.widths()[0];
        if (layout.type() == 'F') {
            floats(chunk.asFloatBuffer(), first, n, columns, scratch);
        } else if (layout.type() == 'D') {
            doubles(chunk.asDoubleBuffer(), first, n, columns);
        } else if (layout.type() == 'A') {
            FcsAsciiValues.decode(chunk, first, n, layout.widths(), columns);
        } else if (layout.isUniform() && width == 2) {
            shorts(chunk.asShortBuffer(), first, n, layout.masks(), columns);
        } else if (layout.isUniform() && width == 4) {
            ints(chunk.asIntBuffer(), first, n, layout.masks(), columns);
        } else {
            mixed(chunk, first, n, layout, columns);
        }
    }

    /** Bulk-copies the chunk (byte-swapping in one intrinsic pass), then de-interleaves plain arrays. */
    private static void floats(FloatBuffer in, int first, int n, float[][] columns, float[] interleaved) {
        int parameters = columns.length;
        in.get(0, interleaved, 0, n * parameters);
        for (int p = 0; p < parameters; p++) {
            float[] column = columns[p];
            for (int e = 0, i = p; e < n; e++, i += parameters) {
                column[first + e] = interleaved[i];
            }
        }
    }

    private static void doubles(DoubleBuffer in, int first, int n, float[][] columns) {
        int parameters = columns.length;
        int i = 0;
        for (int e = first; e < first + n; e++) {
            for (int p = 0; p < parameters; p++) {
                columns[p][e] = (float) in.get(i++);
            }
        }
    }

    private static void shorts(ShortBuffer in, int first, int n, long[] masks, float[][] columns) {
        int parameters = columns.length;
        short[] interleaved = new short[n * parameters];
        in.get(0, interleaved);
        for (int p = 0; p < parameters; p++) {
            int mask = (int) (masks[p] & 0xFFFF);
            float[] column = columns[p];
            for (int e = 0, i = p; e < n; e++, i += parameters) {
                column[first + e] = interleaved[i] & mask;
            }
        }
    }

    private static void ints(IntBuffer in, int first, int n, long[] masks, float[][] columns) {
        int parameters = columns.length;
        int[] interleaved = new int[n * parameters];
        in.get(0, interleaved);
        for (int p = 0; p < parameters; p++) {
            long mask = masks[p] & 0xFFFF_FFFFL;
            float[] column = columns[p];
            for (int e = 0, i = p; e < n; e++, i += parameters) {
                column[first + e] = interleaved[i] & mask;
            }
        }
    }

    /** Any mix of 1–8-byte integers (24-bit instruments, {@code $PnB} 16/32/8 in one event). */
    private static void mixed(ByteBuffer in, int first, int n, FcsDataLayout layout, float[][] columns) {
        int[] widths = layout.widths();
        long[] masks = layout.masks();
        boolean little = layout.order() == ByteOrder.LITTLE_ENDIAN;
        int at = 0;
        for (int e = first; e < first + n; e++) {
            for (int p = 0; p < widths.length; p++) {
                long v = 0;
                int w = widths[p];
                for (int k = 0; k < w; k++) {
                    long b = in.get(at + (little ? k : w - 1 - k)) & 0xFFL;
                    v |= b << (8 * k);
                }
                at += w;
                v &= masks[p];
                columns[p][e] = v >= 0 ? (float) v : (float) (v >>> 1) * 2f;
            }
        }
    }

    /**
     * Turns channel values into scale values: {@code 10^(f1·x/range)·f2} for log-amplified integer parameters and
     * {@code x / gain} for linear ones. Float data is never log-scaled (and never clipped).
     */
    static void scale(float[][] columns, List<FcsParameter> parameters, boolean integerData) {
        for (FcsParameter p : parameters) {
            float[] column = columns[p.number() - 1];
            if (integerData && p.isLog()) {
                logScale(column, p);
            } else if (p.gain() != 1) {
                float factor = (float) (1 / p.gain());
                for (int i = 0; i < column.length; i++) {
                    column[i] *= factor;
                }
            }
        }
    }

    private static void logScale(float[] column, FcsParameter p) {
        double range = p.range() > 0 ? p.range() : Math.pow(2, p.bits());
        double perChannel = p.logDecades() / range;
        long channels = (long) Math.ceil(range);
        if (channels <= 1L << MAX_TABLE_BITS) {
            float[] table = new float[(int) channels];
            for (int x = 0; x < table.length; x++) {
                table[x] = (float) (Math.pow(10, perChannel * x) * p.logOffset());
            }
            for (int i = 0; i < column.length; i++) {
                int x = (int) column[i];
                column[i] = x < table.length ? table[x] : (float) (Math.pow(10, perChannel * x) * p.logOffset());
            }
        } else {
            for (int i = 0; i < column.length; i++) {
                column[i] = (float) (Math.pow(10, perChannel * column[i]) * p.logOffset());
            }
        }
    }
}
