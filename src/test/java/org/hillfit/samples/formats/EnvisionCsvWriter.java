/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.samples.formats;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.hillfit.plate.PlateFormat;
import org.hillfit.plate.WellId;

/**
 * Writes plates as an EnVision Workstation CSV export ("Plate2" format) of a dual-emission TR-FRET label: per plate a
 * {@code Calculated results: Calc 1: …} ratio block (10000 × channel 1 / channel 2, full precision) and one
 * {@code Results for … - channel N window 1 (Counts)} block per channel, each with its {@code Plate information}
 * line, then the protocol footer (plate type, calculations, labels with emission filters named by wavelength,
 * filters with their centre wavelengths, instrument). The default is comma-separated UTF-8 with plate information at
 * the beginning of each plate; {@link #semicolon()} writes the European variant: semicolons, decimal commas,
 * Windows-1252, plate information at the end of each plate. Markers are written as {@code Overflow},
 * {@code Out of range}, {@code Missed}.
 */
public final class EnvisionCsvWriter implements ExportWriter {
    static final String LABEL = "LANCE Eu/APC Dual";
    private static final String CALC = "Calc 1: TR-FRET ratio = 10000 * channel 1 / channel 2";

    private final boolean semicolon;

    public EnvisionCsvWriter() {
        this(false);
    }

    private EnvisionCsvWriter(boolean semicolon) {
        this.semicolon = semicolon;
    }

    /** The semicolon / decimal-comma / Windows-1252 variant with plate information at the end of each plate. */
    public static EnvisionCsvWriter semicolon() {
        return new EnvisionCsvWriter(true);
    }

    @Override
    public String importerId() {
        return "envision-csv";
    }

    @Override
    public String variant() {
        return semicolon ? "semicolon" : "";
    }

    @Override
    public String fileSuffix() {
        return semicolon ? ".envision-semicolon.csv" : ".envision.csv";
    }

    @Override
    public byte[] write(List<ExportPlate> plates) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < plates.size(); i++) {
            plate(s, i + 1, plates.get(i));
        }
        new EnvisionFooterText(sep(), plates.get(0)).write(s);
        Charset charset = semicolon ? Charset.forName("windows-1252") : StandardCharsets.UTF_8;
        return s.toString().getBytes(charset);
    }

    private void plate(StringBuilder s, int number, ExportPlate plate) {
        List<ExportChannel> channels = plate.channels();
        if (channels.size() >= 2) {
            measurement(
                    s,
                    plateInfo(number, plate.barcode(), "", CALC),
                    "Calculated results: " + CALC,
                    plate,
                    w -> ratio(channels.get(0), channels.get(1), plate.format(), w));
        }
        for (int k = 0; k < channels.size(); k++) {
            ExportChannel channel = channels.get(k);
            String title = "Results for " + LABEL + "(1) - channel " + (k + 1) + " window 1 (Counts)";
            String detector = k == 0 ? "1st" : k == 1 ? "2nd" : (k + 1) + "th";
            measurement(
                    s, plateInfo(number, plate.barcode(), detector, ""), title, plate, w -> cell(channel, plate, w));
        }
    }

    private void measurement(
            StringBuilder s, String plateInfo, String title, ExportPlate plate, Function<WellId, String> cells) {
        if (!semicolon) {
            s.append(plateInfo);
        }
        line(s, title);
        PlateFormat format = plate.format();
        StringBuilder header = new StringBuilder();
        for (int c = 1; c <= format.columns(); c++) {
            header.append(sep()).append(String.format(Locale.ROOT, "%02d", c));
        }
        line(s, header.append(sep()).toString());
        for (int r = 0; r < format.rows(); r++) {
            StringBuilder row = new StringBuilder(WellId.rowLabel(r));
            for (int c = 1; c <= format.columns(); c++) {
                row.append(sep()).append(cells.apply(new WellId(r, c)));
            }
            line(s, row.append(sep()).toString());
        }
        line(s, "");
        if (semicolon) {
            s.append(plateInfo);
        }
    }

    private String plateInfo(int number, String barcode, String detector, String formula) {
        String common = "Plate,Repeat,Barcode,Measured height,Chamber temperature at start,Chamber temperature at end,"
                + "Humidity at start,Humidity at end,Ambient temperature at start,Ambient temperature at end,";
        String header = common
                + (formula.isEmpty()
                        ? "Group,Label,ScanX,ScanY,Measinfo,Kinetics,Measurement date,"
                        : "Formula,Measurement date,");
        String bc = "\"=\"\"" + barcode + "\"\"\"";
        String values = formula.isEmpty()
                ? number + ",1," + bc + ",9.5,22.8,22.9,41.2,41.5,22.1,22.3,1," + LABEL + "(1),0,0,De=" + detector
                        + " Ex=Top Em=Top Wdw=1 (14),0,3/7/2024 10:15:30 AM,"
                : number + ",1," + bc + ",N/A,N/A,N/A,N/A,N/A,N/A,N/A," + formula + ",3/7/2024 10:15:30 AM,";
        StringBuilder s = new StringBuilder();
        line(s, "Plate information ");
        line(s, delimit(header));
        line(s, delimit(values));
        line(s, "");
        return s.toString();
    }

    /** Swaps commas for semicolons and decimal points for commas in the semicolon variant. */
    private String delimit(String commaLine) {
        if (!semicolon) {
            return commaLine;
        }
        return commaLine.replaceAll("(\\d)\\.(\\d)", "$1#$2").replace(',', ';').replace('#', ',');
    }

    private String cell(ExportChannel channel, ExportPlate plate, WellId well) {
        ExportChannel.ExportMarker marker = channel.markers().get(well);
        if (marker != null) {
            return switch (marker) {
                case OVERFLOW -> "Overflow";
                case OUT_OF_RANGE -> "Out of range";
                case MISSED -> "Missed";
            };
        }
        double v = channel.values()[plate.format().indexOf(well)];
        return number(v);
    }

    private String ratio(ExportChannel acceptor, ExportChannel donor, PlateFormat format, WellId well) {
        if (acceptor.markers().containsKey(well) || donor.markers().containsKey(well)) {
            return "";
        }
        double a = acceptor.values()[format.indexOf(well)];
        double d = donor.values()[format.indexOf(well)];
        return Double.isNaN(a) || Double.isNaN(d) || d == 0 ? "" : number(10000 * a / d);
    }

    private String number(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        String text = v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
        return semicolon ? text.replace('.', ',') : text;
    }

    private String sep() {
        return semicolon ? ";" : ",";
    }

    private static void line(StringBuilder s, String text) {
        s.append(text).append("\r\n");
    }
}
