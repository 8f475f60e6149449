/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.samples.formats;

import java.util.Locale;
import java.util.Map;
import org.hillfit.plate.WellId;

/** How the Tecan, SoftMax Pro and Gen5 writers spell one cell: a number as the instrument prints it, or a marker. */
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
}
