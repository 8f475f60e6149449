/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.samples;

import java.util.Locale;
import org.hillfit.plate.PlateFormat;
import org.hillfit.plate.WellId;

/** Writes the generic plate-matrix CSV: a plate title line, then one titled grid per channel. */
final class MatrixCsvWriter {
    private MatrixCsvWriter() {}

    static String write(String plateName, SimulatedTrFretPlate plate) {
        StringBuilder s = new StringBuilder();
        s.append("Plate: ").append(plateName).append('\n');
        grid(s, "Acceptor 665 nm", plate.acceptor());
        s.append('\n');
        grid(s, "Donor 620 nm", plate.donor());
        return s.toString();
    }

    private static void grid(StringBuilder s, String title, long[] values) {
        PlateFormat format = PlateFormat.WELLS_384;
        s.append(title).append('\n');
        for (int c = 1; c <= format.columns(); c++) {
            s.append(',').append(c);
        }
        s.append('\n');
        for (int r = 0; r < format.rows(); r++) {
            s.append(WellId.rowLabel(r));
            for (int c = 1; c <= format.columns(); c++) {
                s.append(',').append(String.format(Locale.ROOT, "%d", values[format.indexOf(new WellId(r, c))]));
            }
            s.append('\n');
        }
    }
}
