/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.samples.formats;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.hillfit.plate.PlateFormat;
import org.hillfit.plate.WellFlag;
import org.hillfit.plate.WellId;

/**
 * SoftMax Pro 7 "Export … plate format, columns" text of a time-resolved endpoint read: UTF-16LE with BOM, CRLF,
 * {@code ##BLOCKS= n}, one {@code Plate:} section per plate with the positional export-1.3 header (Time Resolved
 * fields as in SoftMax Pro's own files), the wavelengths side by side (620 then 665, as SoftMax orders them by the
 * wavelength list) separated by an empty column, and {@code ~End}. Markers: overflow and out-of-range become
 * {@code Range?}, a missed well {@code Error}.
 */
public final class SoftMaxTxtWriter implements ExportWriter {
    private static final Map<ExportChannel.ExportMarker, String> WORDS = Map.of(
            ExportChannel.ExportMarker.OVERFLOW, "Range?",
            ExportChannel.ExportMarker.OUT_OF_RANGE, "Range?",
            ExportChannel.ExportMarker.MISSED, "Error");

    /** SoftMax Pro writes "Range?" for any value outside the reader's range and "Error" for a failed read. */
    @Override
    public WellFlag flagOf(ExportChannel.ExportMarker marker) {
        return marker == ExportChannel.ExportMarker.MISSED ? WellFlag.INVALID : WellFlag.OUT_OF_RANGE;
    }

    @Override
    public String importerId() {
        return "softmax-txt";
    }

    @Override
    public String fileSuffix() {
        return ".softmax.txt";
    }

    @Override
    public byte[] write(List<ExportPlate> plates) {
        StringBuilder s = new StringBuilder();
        s.append("##BLOCKS= ").append(plates.size()).append("\r\n");
        for (ExportPlate plate : plates) {
            plateSection(s, plate);
        }
        s.append("Original Filename: hillfit-simulated; Date Last Saved: 3/14/2024 11:45:02 AM\r\n");
        return ExportCells.utf16LeWithBom(s.toString());
    }

    private static void plateSection(StringBuilder s, ExportPlate plate) {
        PlateFormat format = plate.format();
        List<ExportChannel> channels = plate.channels().stream()
                .sorted(Comparator.comparingInt(ExportChannel::emissionNm))
                .toList();
        s.append(header(plate, channels)).append("\r\n");
        s.append("\tTemperature(°C)");
        for (int k = 0; k < channels.size(); k++) {
            for (int c = 1; c <= format.columns(); c++) {
                s.append('\t').append(c);
            }
            s.append('\t');
        }
        s.append("\r\n");
        for (int r = 0; r < format.rows(); r++) {
            s.append('\t').append(r == 0 ? "25.1" : "");
            for (ExportChannel channel : channels) {
                for (int c = 1; c <= format.columns(); c++) {
                    WellId well = new WellId(r, c);
                    s.append('\t').append(ExportCells.text(channel, format.indexOf(well), well, WORDS));
                }
                s.append('\t');
            }
            s.append("\r\n");
        }
        s.append("~End\r\n");
    }

    /** The positional export-1.3 header line of a time-resolved endpoint read. */
    private static String header(ExportPlate plate, List<ExportChannel> channels) {
        PlateFormat format = plate.format();
        StringBuilder emissions = new StringBuilder();
        StringBuilder excitations = new StringBuilder();
        for (ExportChannel c : channels) {
            emissions.append(c.emissionNm()).append(' ');
            excitations.append(c.excitationNm()).append(' ');
        }
        String[] fields = {
            "Plate:",
            plate.name(),
            "1.3",
            "PlateFormat",
            "Endpoint",
            "Time Resolved",
            "Raw",
            "FALSE",
            "1",
            "",
            "",
            "",
            "",
            "",
            String.valueOf(channels.size()),
            emissions.toString(),
            "1",
            String.valueOf(format.columns()),
            String.valueOf(format.wellCount()),
            excitations.toString(),
            "Manual",
            "",
            "",
            "",
            "50",
            "High",
            "50",
            "450",
            "1",
            String.valueOf(format.rows()),
            ""
        };
        return String.join("\t", fields);
    }
}
