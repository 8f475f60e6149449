/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.samples.formats;

import java.util.Optional;
import org.hillfit.plate.PlateFormat;
import org.hillfit.plate.WellId;

/** How the generic-format writers spell one well of a channel: a number, a marker word, or nothing. */
final class GenericCells {
    private GenericCells() {}

    /** The cell text of a well: the marker word, the number, or empty when the well is not in the file. */
    static Optional<String> text(ExportChannel channel, PlateFormat format, WellId well, boolean decimalComma) {
        ExportChannel.ExportMarker marker = channel.markers().get(well);
        if (marker != null) {
            return Optional.of(markerWord(marker));
        }
        double v = channel.values()[format.indexOf(well)];
        if (Double.isNaN(v)) {
            return Optional.empty();
        }
        return Optional.of(number(v, decimalComma));
    }

    /** The word written for a marker (words instrument software writes, so the importer must know them). */
    static String markerWord(ExportChannel.ExportMarker marker) {
        return switch (marker) {
            case OVERFLOW -> "OVRFLW";
            case OUT_OF_RANGE -> "Range?";
            case MISSED -> "MISSED";
        };
    }

    /** Integral values without decimals; others in Java's shortest form; with a decimal comma when asked. */
    static String number(double v, boolean decimalComma) {
        String text = v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
        if (decimalComma) {
            return (text.contains(".") ? text : text + ".0").replace('.', ',');
        }
        return text;
    }

    /** "Acceptor 665 nm" / "Donor 620 nm": how a user might title a TR-FRET channel. */
    static String roleTitle(ExportChannel channel) {
        return (channel.emissionNm() >= 650 ? "Acceptor " : "Donor ") + channel.emissionNm() + " nm";
    }
}
