/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.cli;

import java.util.Locale;
import java.util.Random;
import org.hillfit.plate.PlateFormat;
import org.hillfit.plate.WellId;

/**
 * Generated 384-well two-channel TR-FRET exports for the import figures of {@code hillfit bench}: an EnVision CSV
 * (calculated ratio + two channel blocks + protocol footer), a MARS CSV (two padded {@code Raw Data} blocks), and the
 * generic matrix and long list.
 */
final class ImportBenchFiles {
    private static final PlateFormat FORMAT = PlateFormat.WELLS_384;

    private ImportBenchFiles() {}

    /** An EnVision export of one plate. */
    static String envision() {
        StringBuilder s = new StringBuilder();
        String calc = "Calc 1: TR-FRET ratio = 10000 * channel 1 / channel 2";
        plateInformation(
                s, "Formula,Measurement date,", "1,1,\"=\"\"BENCH-1\"\"\",N/A," + calc + ",3/7/2024 10:15:30 AM,");
        matrix(
                s,
                "Calculated results: " + calc,
                ',',
                w -> String.format(Locale.ROOT, "%.6f", 10000.0 * acceptor(w) / donor(w)));
        for (int channel = 1; channel <= 2; channel++) {
            plateInformation(
                    s,
                    "Label,Measinfo,Measurement date,",
                    "1,1,\"=\"\"BENCH-1\"\"\",9.5,LANCE(1),De=" + (channel == 1 ? "1st" : "2nd") + ",3/7/2024,");
            int c = channel;
            matrix(
                    s,
                    "Results for LANCE(1) - channel " + c + " window 1 (Counts)",
                    ',',
                    w -> Long.toString(c == 1 ? acceptor(w) : donor(w)));
        }
        s.append("Protocol information\r\nPlate type:\r\nNumber of the wells in the plate,,,,384\r\n\r\nLabels:\r\n")
                .append("LANCE,,,,1\r\nEms. filter,,,,APC 665\r\n2nd ems. filter,,,,Europium 615\r\n\r\n")
                .append("Exported with EnVision Workstation version 1.14.3049.1193\r\n");
        return s.toString();
    }

    /** A MARS export of one plate. */
    static String mars() {
        StringBuilder s = new StringBuilder();
        s.append("User: USER,Path: C:\\BMG\\PHERAstar\\User\\Data,Test run no.: 1\r\n")
                .append("Test name: bench,Date: 07/03/2024,Time: 10:15:30\r\n\r\nID1: BENCH-1\r\n")
                .append("Time Resolved Fluorescence (TRF)\r\n\r\n");
        matrix(s, "Raw Data (337/665 1)", ' ', w -> Long.toString(acceptor(w)));
        matrix(s, "Raw Data (337/620 2)", ' ', w -> Long.toString(donor(w)));
        return s.toString();
    }

    private static void plateInformation(StringBuilder s, String headerTail, String values) {
        s.append("Plate information\r\nPlate,Repeat,Barcode,Measured height,")
                .append(headerTail)
                .append("\r\n")
                .append(values)
                .append("\r\n\r\n");
    }

    /** A titled matrix; {@code style} ',' writes EnVision's {@code ,01,…,} header, ' ' MARS's {@code ,1,…}. */
    private static void matrix(
            StringBuilder s, String title, char style, java.util.function.Function<WellId, String> v) {
        s.append(title).append("\r\n");
        if (style == ' ') {
            s.append("\r\n");
        }
        for (int c = 1; c <= FORMAT.columns(); c++) {
            s.append(',').append(style == ',' ? String.format(Locale.ROOT, "%02d", c) : Integer.toString(c));
        }
        s.append(style == ',' ? ",\r\n" : "\r\n");
        for (int r = 0; r < FORMAT.rows(); r++) {
            s.append(WellId.rowLabel(r));
            for (int c = 1; c <= FORMAT.columns(); c++) {
                s.append(',').append(v.apply(new WellId(r, c)));
            }
            s.append(style == ',' ? ",\r\n" : "\r\n");
        }
        s.append("\r\n");
    }

    private static long acceptor(WellId well) {
        return 4000 + 37L * FORMAT.indexOf(well) % 9000;
    }

    private static long donor(WellId well) {
        return 24000 + 13L * FORMAT.indexOf(well) % 1500;
    }

    /** The generic matrix: a plate title, then a 16 × 24 grid per channel. */
    static String matrix() {
        long[][] counts = counts();
        StringBuilder s = new StringBuilder("Plate: bench\n");
        String[] titles = {"Acceptor 665 nm", "Donor 620 nm"};
        for (int ch = 0; ch < 2; ch++) {
            s.append(titles[ch]).append('\n');
            for (int c = 1; c <= FORMAT.columns(); c++) {
                s.append(',').append(c);
            }
            s.append('\n');
            for (int r = 0; r < FORMAT.rows(); r++) {
                s.append(WellId.rowLabel(r));
                for (int c = 0; c < FORMAT.columns(); c++) {
                    s.append(',').append(counts[ch][r * FORMAT.columns() + c]);
                }
                s.append('\n');
            }
            s.append('\n');
        }
        return s.toString();
    }

    /** The generic long list, as {@code hillfit convert} writes it. */
    static String list() {
        long[][] counts = counts();
        StringBuilder s = new StringBuilder("plate,well,row,column,channel,value,flag\n");
        for (int i = 0; i < FORMAT.wellCount(); i++) {
            WellId well = FORMAT.wellAt(i);
            for (int ch = 0; ch < 2; ch++) {
                s.append("bench,")
                        .append(well.label())
                        .append(',')
                        .append(well.rowLabel())
                        .append(',')
                        .append(well.column())
                        .append(',')
                        .append(ch == 0 ? "665" : "620")
                        .append(',')
                        .append(counts[ch][i])
                        .append(",\n");
            }
        }
        return s.toString();
    }

    private static long[][] counts() {
        Random random = new Random(42);
        long[][] counts = new long[2][FORMAT.wellCount()];
        for (int i = 0; i < FORMAT.wellCount(); i++) {
            counts[1][i] = 24_000 + random.nextInt(1000);
            counts[0][i] = 1_000 + random.nextInt(9000);
        }
        return counts;
    }
}
