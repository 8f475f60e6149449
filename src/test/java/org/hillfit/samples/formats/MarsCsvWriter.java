/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.samples.formats;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.hillfit.plate.PlateFormat;
import org.hillfit.plate.WellId;

/**
 * Writes one plate as a BMG PHERAstar / MARS CSV export of a TR-FRET read: the header lines ({@code User:},
 * {@code Path:}, {@code Test run no.:}, {@code Test name:}, {@code Date:} day-first, {@code Time:}, {@code ID1:}
 * the plate name, {@code ID2:} the barcode), the mode line {@code Time Resolved Fluorescence (TRF)}, then one
 * {@code Raw Data (<ex>/<em> <n>)} block per channel ({@code 337/665 1}, {@code 337/620 2}) with unpadded column
 * numbers, every line padded with commas to the width of the matrix, CRLF, UTF-8. Markers are written as
 * {@code overflow}, {@code out of range}, {@code missed}. MARS writes one plate per file, so only one plate is
 * accepted.
 */
public final class MarsCsvWriter implements ExportWriter {

    @Override
    public String importerId() {
        return "mars";
    }

    @Override
    public String fileSuffix() {
        return ".mars.csv";
    }

    /** @throws IllegalArgumentException for more than one plate: MARS exports hold one plate each */
    @Override
    public int maxPlatesPerFile() {
        return 1;
    }

    @Override
    public byte[] write(List<ExportPlate> plates) {
        if (plates.size() != 1) {
            throw new IllegalArgumentException("a MARS export holds exactly one plate; got " + plates.size());
        }
        ExportPlate plate = plates.get(0);
        int width = plate.format().columns() + 1;
        StringBuilder s = new StringBuilder();
        line(s, width, "User: USER", "Path: C:\\Program Files (x86)\\BMG\\PHERAstar\\User\\Data", "Test run no.: 12");
        line(s, width, "Test name: LANCE kinase TR-FRET", "Date: 07/03/2024", "Time: 10:15:30");
        line(s, width);
        line(s, width, "ID1: " + plate.name(), "ID2: " + plate.barcode(), "ID3:");
        line(s, width, "Time Resolved Fluorescence (TRF)");
        line(s, width);
        for (int k = 0; k < plate.channels().size(); k++) {
            block(s, width, plate, plate.channels().get(k), k + 1);
        }
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void block(StringBuilder s, int width, ExportPlate plate, ExportChannel channel, int chromatic) {
        PlateFormat format = plate.format();
        line(s, width, "Raw Data (" + channel.excitationNm() + "/" + channel.emissionNm() + " " + chromatic + ")");
        line(s, width);
        String[] header = new String[width];
        header[0] = "";
        for (int c = 1; c <= format.columns(); c++) {
            header[c] = Integer.toString(c);
        }
        s.append(String.join(",", header)).append("\r\n");
        for (int r = 0; r < format.rows(); r++) {
            String[] cells = new String[width];
            cells[0] = WellId.rowLabel(r);
            for (int c = 1; c <= format.columns(); c++) {
                cells[c] = cell(channel, format, new WellId(r, c));
            }
            s.append(String.join(",", cells)).append("\r\n");
        }
        line(s, width);
    }

    private static String cell(ExportChannel channel, PlateFormat format, WellId well) {
        ExportChannel.ExportMarker marker = channel.markers().get(well);
        if (marker != null) {
            return switch (marker) {
                case OVERFLOW -> "overflow";
                case OUT_OF_RANGE -> "out of range";
                case MISSED -> "missed";
            };
        }
        double v = channel.values()[format.indexOf(well)];
        if (Double.isNaN(v)) {
            return "";
        }
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    /** A line of {@code width} cells: the given ones, then empty padding. */
    private static void line(StringBuilder s, int width, String... cells) {
        for (int i = 0; i < width; i++) {
            if (i > 0) {
                s.append(',');
            }
            if (i < cells.length) {
                s.append(cells[i]);
            }
        }
        s.append("\r\n");
    }
}
