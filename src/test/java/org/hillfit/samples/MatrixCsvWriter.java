/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.samples;

import java.util.Locale;
import java.util.Set;
import org.hillfit.plate.PlateFormat;
import org.hillfit.plate.WellId;

/** Writes the generic plate-matrix CSV: a plate title line, then one titled grid per channel. */
public final class MatrixCsvWriter {
    private MatrixCsvWriter() {}

    public static String write(String plateName, SimulatedTrFretPlate plate) {
        return write(plateName, plate, Set.of());
    }

    /** As {@link #write(String, SimulatedTrFretPlate)}, with {@code OVRFLW} in the acceptor grid at some wells. */
    static String write(String plateName, SimulatedTrFretPlate plate, Set<WellId> acceptorOverflow) {
        StringBuilder s = new StringBuilder();
        s.append("Plate: ").append(plateName).append('\n');
        grid(s, "Acceptor 665 nm", plate.acceptor(), acceptorOverflow);
        s.append('\n');
        grid(s, "Donor 620 nm", plate.donor(), Set.of());
        return s.toString();
    }

    private static void grid(StringBuilder s, String title, long[] values, Set<WellId> overflow) {
        PlateFormat format = PlateFormat.WELLS_384;
        s.append(title).append('\n');
        for (int c = 1; c <= format.columns(); c++) {
            s.append(',').append(c);
        }
        s.append('\n');
        for (int r = 0; r < format.rows(); r++) {
            s.append(WellId.rowLabel(r));
            for (int c = 1; c <= format.columns(); c++) {
                WellId well = new WellId(r, c);
                s.append(',')
                        .append(
                                overflow.contains(well)
                                        ? "OVRFLW"
                                        : String.format(Locale.ROOT, "%d", values[format.indexOf(well)]));
            }
            s.append('\n');
        }
    }
}
