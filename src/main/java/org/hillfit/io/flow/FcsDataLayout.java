/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.flow;

import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How one event is laid out in DATA: the data type, the byte order and the width of every value, and for integer
 * data the mask that keeps ceil(log2 {@code $PnR}) bits.
 *
 * @param type 'I' integer, 'F' float32, 'D' float64, 'A' fixed-width ASCII (FCS 2.0)
 * @param order byte order of binary values
 * @param widths bytes (characters for ASCII) per value, per parameter
 * @param masks for integer data, the bit mask per parameter (all ones when the range needs every bit)
 */
record FcsDataLayout(char type, ByteOrder order, int[] widths, long[] masks) {

    /** Bytes per event. */
    int bytesPerEvent() {
        return Arrays.stream(widths).sum();
    }

    /** True when every value has the same width. */
    boolean isUniform() {
        return Arrays.stream(widths).allMatch(w -> w == widths[0]);
    }

    /**
     * Reads the layout from the keywords.
     *
     * @throws IllegalArgumentException naming the keyword when the layout is missing, unsupported or inconsistent
     */
    static FcsDataLayout of(FcsKeywords keywords, List<FcsParameter> parameters) {
        String datatype = keywords.text("$DATATYPE")
                .orElseThrow(() -> new IllegalArgumentException("TEXT has no $DATATYPE keyword"))
                .toUpperCase(Locale.ROOT);
        if (!datatype.matches("[IFDA]")) {
            throw new IllegalArgumentException(
                    "$DATATYPE is '" + datatype + "'; expected I (integer), F (float), D (double) or A (ASCII)");
        }
        char type = datatype.charAt(0);
        int[] widths = new int[parameters.size()];
        long[] masks = new long[parameters.size()];
        for (FcsParameter p : parameters) {
            widths[p.number() - 1] = width(type, p);
            masks[p.number() - 1] = type == 'I' ? mask(p) : -1L;
        }
        boolean needsOrder = type == 'F'
                || type == 'D'
                || (type == 'I' && Arrays.stream(widths).anyMatch(w -> w > 1));
        ByteOrder order = needsOrder ? byteOrder(keywords) : ByteOrder.BIG_ENDIAN;
        return new FcsDataLayout(type, order, widths, masks);
    }

    private static int width(char type, FcsParameter p) {
        int bits = p.bits();
        switch (type) {
            case 'F':
                if (bits != 32) {
                    throw new IllegalArgumentException(
                            "$P" + p.number() + "B is " + bits + " but float data ($DATATYPE F) has 32 bits");
                }
                return 4;
            case 'D':
                if (bits != 64) {
                    throw new IllegalArgumentException(
                            "$P" + p.number() + "B is " + bits + " but double data ($DATATYPE D) has 64 bits");
                }
                return 8;
            case 'A':
                if (bits < 1 || bits > 18) {
                    throw new IllegalArgumentException("$P" + p.number() + "B is " + bits
                            + "; only fixed-width ASCII data of 1–18 characters per value is supported");
                }
                return bits;
            default:
                if (bits < 8 || bits > 64 || bits % 8 != 0) {
                    throw new IllegalArgumentException("$P" + p.number() + "B is " + bits
                            + "; integer data must use whole bytes (8, 16, 24, 32 … 64 bits)");
                }
                return bits / 8;
        }
    }

    /** Keeps ceil(log2 range) bits; all bits when the range is missing, tiny or needs them all. */
    static long mask(FcsParameter p) {
        double range = p.range();
        if (!(range > 1) || range > 0x1p62) {
            return -1L;
        }
        long channels = (long) Math.ceil(range);
        int keep = 64 - Long.numberOfLeadingZeros(channels - 1);
        return keep >= p.bits() ? -1L : (1L << keep) - 1;
    }

    private static ByteOrder byteOrder(FcsKeywords keywords) {
        String text = keywords.text("$BYTEORD")
                .orElseThrow(() -> new IllegalArgumentException("TEXT has no $BYTEORD keyword"));
        int[] digits;
        try {
            digits = Arrays.stream(text.split(","))
                    .map(String::strip)
                    .mapToInt(Integer::parseInt)
                    .toArray();
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("$BYTEORD is '" + text + "'; expected e.g. 1,2,3,4 or 4,3,2,1", e);
        }
        boolean ascending = true;
        boolean descending = true;
        for (int i = 0; i < digits.length; i++) {
            ascending &= digits[i] == i + 1;
            descending &= digits[i] == digits.length - i;
        }
        if (ascending) {
            return ByteOrder.LITTLE_ENDIAN;
        }
        if (descending) {
            return ByteOrder.BIG_ENDIAN;
        }
        throw new IllegalArgumentException(
                "$BYTEORD is '" + text + "'; only little-endian (1,2,3,4) and big-endian (4,3,2,1) are supported");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FcsDataLayout l
                && type == l.type
                && order.equals(l.order)
                && Arrays.equals(widths, l.widths)
                && Arrays.equals(masks, l.masks);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Character.hashCode(type) + order.hashCode()) + Arrays.hashCode(widths);
    }

    @Override
    public String toString() {
        return "FcsDataLayout[" + type + ", " + order + ", " + bytesPerEvent() + " bytes/event]";
    }
}
