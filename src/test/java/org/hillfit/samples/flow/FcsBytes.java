/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.samples.flow;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Lays out one FCS dataset as {@link FcsWriter} describes it: HEADER, TEXT, DATA, optional supplemental TEXT. */
final class FcsBytes {
    private FcsBytes() {}

    static byte[] write(FcsWriter w) {
        byte[] data = data(w);
        byte[] stext = w.supplementalKeywords().isEmpty() ? new byte[0] : text(w, w.supplementalKeywords(), true);
        int textLength = text(w, keywords(w, 0, 0, 0, 0, 0), w.hasFinalDelimiter()).length;
        long textStart = w.textStartOffset();
        long textEnd = textStart + textLength - 1;
        long dataStart = textEnd + 1;
        long dataEnd = dataStart + data.length - 1 + w.dataEndExtra();
        long stextStart = stext.length == 0 ? 0 : dataStart + data.length;
        long stextEnd = stext.length == 0 ? 0 : stextStart + stext.length - 1;
        byte[] text =
                text(w, keywords(w, dataStart, dataEnd, stextStart, stextEnd, data.length), w.hasFinalDelimiter());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(header(w, textStart, textEnd, dataStart, dataEnd, data.length));
        while (out.size() < textStart) {
            out.write(' ');
        }
        out.writeBytes(text);
        out.writeBytes(data);
        out.writeBytes(stext);
        return out.toByteArray();
    }

    private static byte[] header(FcsWriter w, long textStart, long textEnd, long dataStart, long dataEnd, int length) {
        String start;
        String end;
        switch (w.headerDataMode()) {
            case BLANK -> {
                start = "";
                end = "";
            }
            case WRONG_START -> {
                start = Long.toString(dataStart - 40);
                end = Long.toString(dataEnd);
            }
            case END_BEYOND_FILE -> {
                start = Long.toString(dataStart);
                end = Long.toString(dataStart + length + 1000);
            }
            default -> {
                start = Long.toString(dataStart);
                end = Long.toString(dataEnd);
            }
        }
        String header = w.versionText() + "    " + field(Long.toString(textStart)) + field(Long.toString(textEnd))
                + field(start) + field(end) + field("0") + field("0");
        return header.getBytes(StandardCharsets.US_ASCII);
    }

    private static String field(String value) {
        return String.format(Locale.ROOT, "%8s", value);
    }

    private static Map<String, String> keywords(
            FcsWriter w, long dataStart, long dataEnd, long stextStart, long stextEnd, int dataLength) {
        Map<String, String> k = new LinkedHashMap<>();
        if (w.hasTextOffsets()) {
            k.put("$BEGINANALYSIS", "0");
            k.put("$ENDANALYSIS", "0");
            k.put("$BEGINSTEXT", FcsWriter.padded(stextStart));
            k.put("$ENDSTEXT", FcsWriter.padded(stextEnd));
            k.put("$BEGINDATA", FcsWriter.padded(dataStart));
            k.put("$ENDDATA", FcsWriter.padded(dataEnd));
        }
        k.put("$BYTEORD", w.byteOrderText());
        k.put("$DATATYPE", w.type().code);
        k.put("$MODE", "L");
        k.put("$NEXTDATA", "0");
        k.put("$PAR", Integer.toString(w.parameters().size()));
        k.put("$TOT", Integer.toString(w.columns().length == 0 ? 0 : w.columns()[0].length));
        List<FcsWriter.Parameter> parameters = w.parameters();
        for (int i = 0; i < parameters.size(); i++) {
            FcsWriter.Parameter p = parameters.get(i);
            String n = "$P" + (i + 1);
            k.put(n + "N", p.name());
            putIfPresent(k, n + "S", p.stain());
            k.put(n + "B", Integer.toString(p.bits()));
            k.put(n + "R", p.range());
            putIfPresent(k, n + "E", p.amplification());
            putIfPresent(k, n + "G", p.gain());
        }
        k.putAll(w.extraKeywords());
        return k;
    }

    private static void putIfPresent(Map<String, String> k, String keyword, String value) {
        if (!value.isEmpty()) {
            k.put(keyword, value);
        }
    }

    private static byte[] text(FcsWriter w, Map<String, String> keywords, boolean finalDelimiter) {
        String d = String.valueOf(w.delimiterChar());
        StringBuilder s = new StringBuilder(d);
        keywords.forEach((key, value) -> append(s, w, key, value, d));
        for (String[] dup : w.duplicateKeywords()) {
            append(s, w, dup[0], dup[1], d);
        }
        if (!finalDelimiter) {
            s.setLength(s.length() - 1);
        }
        return s.toString().getBytes(w.textCharset());
    }

    private static void append(StringBuilder s, FcsWriter w, String key, String value, String d) {
        String keyword = w.isLowerCase() ? key.toLowerCase(Locale.ROOT) : key;
        s.append(keyword.replace(d, d + d)).append(d);
        s.append((value.isEmpty() ? " " : value).replace(d, d + d)).append(d);
    }

    private static byte[] data(FcsWriter w) {
        double[][] columns = w.columns();
        int events = columns.length == 0 ? 0 : columns[0].length;
        List<FcsWriter.Parameter> parameters = w.parameters();
        int bytesPerEvent = 0;
        for (FcsWriter.Parameter p : parameters) {
            bytesPerEvent += w.type() == FcsWriter.DataType.ASCII ? p.bits() : p.bits() / 8;
        }
        ByteBuffer out = ByteBuffer.allocate(events * bytesPerEvent).order(w.order());
        for (int e = 0; e < events; e++) {
            for (int p = 0; p < parameters.size(); p++) {
                put(out, w, parameters.get(p).bits(), columns[p][e]);
            }
        }
        return out.array();
    }

    private static void put(ByteBuffer out, FcsWriter w, int bits, double value) {
        switch (w.type()) {
            case FLOAT -> out.putFloat((float) value);
            case DOUBLE -> out.putDouble(value);
            case ASCII ->
                out.put(String.format(Locale.ROOT, "%0" + bits + "d", (long) value)
                        .getBytes(StandardCharsets.US_ASCII));
            default -> {
                long v = (long) value;
                int bytes = bits / 8;
                boolean little = w.order() == java.nio.ByteOrder.LITTLE_ENDIAN;
                for (int k = 0; k < bytes; k++) {
                    int shift = 8 * (little ? k : bytes - 1 - k);
                    out.put((byte) (v >>> shift));
                }
            }
        }
    }
}
