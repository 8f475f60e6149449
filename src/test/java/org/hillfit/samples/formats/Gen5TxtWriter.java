/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.samples.formats;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.hillfit.plate.PlateFormat;
import org.hillfit.plate.WellId;

/**
 * Gen5 3.x "Export to text" of a TR-FRET endpoint read, as the multi-plate Gen5 exports look: UTF-16LE with BOM and
 * LF-only line ends, blank lines first, per plate the key/value header (Plate Number "Plate 1", "Plate 2" …), the
 * procedure with one filter set per emission, and {@code Results} with one line per plate row and read labelled
 * {@code TRF:620} and {@code TRF:665}. Markers: OVRFLW, ?????, MISSED.
 */
public final class Gen5TxtWriter implements ExportWriter {
    private static final Map<ExportChannel.ExportMarker, String> WORDS = Map.of(
            ExportChannel.ExportMarker.OVERFLOW, "OVRFLW",
            ExportChannel.ExportMarker.OUT_OF_RANGE, "?????",
            ExportChannel.ExportMarker.MISSED, "MISSED");

    @Override
    public String importerId() {
        return "gen5";
    }

    @Override
    public String fileSuffix() {
        return ".gen5.txt";
    }

    @Override
    public byte[] write(List<ExportPlate> plates) {
        StringBuilder s = new StringBuilder("\n\n");
        for (int p = 0; p < plates.size(); p++) {
            plate(s, plates.get(p), p + 1);
        }
        return ExportCells.utf16LeWithBom(s.toString());
    }

    private static void plate(StringBuilder s, ExportPlate plate, int number) {
        List<ExportChannel> channels = plate.channels().stream()
                .sorted(Comparator.comparingInt(ExportChannel::emissionNm))
                .toList();
        s.append("Software Version\t3.14.03\n\n\n\n");
        s.append("Experiment File Path:\tC:\\Users\\Public\\Documents\\Experiments\\")
                .append(plate.name())
                .append(".xpt\n");
        s.append("Protocol File Path:\tC:\\Users\\Public\\Documents\\Protocols\\TR-FRET 665-620.prt\n\n\n\n");
        s.append("Plate Number\tPlate ").append(number).append('\n');
        s.append("Date\t3/14/2024\nTime\t11:20:41 AM\nReader Type:\tSynergy Neo2\nReader Serial Number:\t21031512\n");
        s.append("Reading Type\tReader\n\nProcedure Details\n\n");
        s.append("Plate Type\t").append(plate.format().wellCount()).append(" WELL PLATE\n");
        s.append("Read\tTRF\n\tTime-Resolved Fluorescence Endpoint\n\tFull Plate\n");
        for (int k = 0; k < channels.size(); k++) {
            ExportChannel c = channels.get(k);
            s.append("\tFilter Set ").append(k + 1).append('\n');
            s.append("\t    Excitation: ").append(c.excitationNm()).append("/80,  Emission: ");
            s.append(c.emissionNm()).append("/10\n\t    Optics: Top,  Gain: 120\n");
        }
        s.append("\tDelay: 50 µsec,  Collection Time: 400 µsec\n\n");
        results(s, plate.format(), channels);
        s.append("\n\n");
    }

    private static void results(StringBuilder s, PlateFormat format, List<ExportChannel> channels) {
        s.append("Results\n");
        for (int c = 1; c <= format.columns(); c++) {
            s.append('\t').append(c);
        }
        s.append('\n');
        for (int r = 0; r < format.rows(); r++) {
            for (int k = 0; k < channels.size(); k++) {
                s.append(k == 0 ? WellId.rowLabel(r) : "");
                for (int c = 1; c <= format.columns(); c++) {
                    WellId well = new WellId(r, c);
                    s.append('\t').append(ExportCells.text(channels.get(k), format.indexOf(well), well, WORDS));
                }
                s.append("\tTRF:").append(channels.get(k).emissionNm()).append('\n');
            }
        }
    }
}
