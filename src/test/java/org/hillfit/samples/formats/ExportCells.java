/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.samples.formats;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.hillfit.plate.WellId;

/** What the Tecan, SoftMax Pro and Gen5 writers share: how a cell is spelled, and UTF-16LE with a BOM. */
final class ExportCells {
    private ExportCells() {}

    /**
     * The text of one well: the vendor's marker word, "" for a well not in the file (NaN), otherwise the number
     * without a trailing ".0" for counts.
     */
    static String text(ExportChannel channel, int index, WellId well, Map<ExportChannel.ExportMarker, String> words) {
        ExportChannel.ExportMarker marker = channel.markers().get(well);
        if (marker != null) {
            return words.getOrDefault(marker, "");
        }
        double v = channel.values()[index];
        if (Double.isNaN(v)) {
            return "";
        }
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : String.format(Locale.ROOT, "%s", v);
    }

    /** The text as UTF-16LE bytes after the byte-order mark FF FE, as SoftMax Pro and Gen5 write it. */
    static byte[] utf16LeWithBom(String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_16LE);
        byte[] out = new byte[body.length + 2];
        out[0] = (byte) 0xFF;
        out[1] = (byte) 0xFE;
        System.arraycopy(body, 0, out, 2, body.length);
        return out;
    }
}
