/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.samples.formats;

import java.util.List;

/** The protocol footer of an EnVision export as {@link EnvisionCsvWriter} writes it ({@code key,,,,value}). */
final class EnvisionFooterText {
    private final String sep;
    private final ExportPlate plate;

    EnvisionFooterText(String sep, ExportPlate plate) {
        this.sep = sep;
        this.plate = plate;
    }

    void write(StringBuilder s) {
        line(s, "");
        line(s, "Basic assay information ");
        pair(s, "Assay ID: ", "4711");
        pair(s, "Protocol Name: ", "LANCE kinase TR-FRET");
        pair(s, "Serial#: ", "=\"1050999\"");
        line(s, "");
        line(s, "Protocol information");
        line(s, "Protocol:");
        pair(s, "Protocol name", "LANCE kinase TR-FRET");
        line(s, "");
        line(s, "Plate type:");
        pair(s, "Name of the plate type", "ProxiPlate-" + plate.format().wellCount() + " Plus");
        pair(s, "Number of rows", Integer.toString(plate.format().rows()));
        pair(s, "Number of columns", Integer.toString(plate.format().columns()));
        pair(
                s,
                "Number of the wells in the plate",
                Integer.toString(plate.format().wellCount()));
        line(s, "");
        line(s, "Calculations:");
        pair(s, " Formula index", "Calc 1");
        pair(s, " Formula name", "TR-FRET ratio");
        pair(s, " Formula", "10000 * channel 1 / channel 2");
        line(s, "");
        labels(s);
        line(s, "Instrument:");
        pair(s, "Serial number", "1050999");
        pair(s, "Nickname", "EnVision");
        line(s, "");
        line(s, "Exported with EnVision Workstation version 1.14.3049.1193");
    }

    private void labels(StringBuilder s) {
        List<ExportChannel> channels = plate.channels();
        String excitation = "UV (TRF) " + channels.get(0).excitationNm();
        line(s, "Labels:");
        pair(s, EnvisionCsvWriter.LABEL, "6000123");
        pair(s, "Exc. filter", excitation);
        pair(s, "Ems. filter", filterName(channels.get(0).emissionNm()));
        pair(
                s,
                "2nd ems. filter",
                channels.size() > 1 ? filterName(channels.get(1).emissionNm()) : "N/A");
        pair(s, "Delay", "50");
        line(s, "");
        line(s, "Filters:");
        filter(s, excitation, "Excitation", "X", channels.get(0).excitationNm());
        for (int k = 0; k < Math.min(2, channels.size()); k++) {
            filter(
                    s,
                    filterName(channels.get(k).emissionNm()),
                    "Emission",
                    "M",
                    channels.get(k).emissionNm());
        }
    }

    private void filter(StringBuilder s, String name, String type, String prefix, int nm) {
        pair(s, name, "2" + nm);
        pair(s, "Filter type", type);
        pair(s, "Description", prefix + nm + " CWL=" + nm + "nm BW=10nm Tmin=70%");
        line(s, "");
    }

    /** EnVision filter names for the usual TR-FRET emissions. */
    static String filterName(int emissionNm) {
        return switch (emissionNm) {
            case 665 -> "APC 665";
            case 615 -> "Europium 615";
            case 620 -> "Cy5 620";
            default -> "Emission " + emissionNm;
        };
    }

    private void pair(StringBuilder s, String key, String value) {
        line(s, key + sep + sep + sep + sep + value);
    }

    private static void line(StringBuilder s, String text) {
        s.append(text).append("\r\n");
    }
}
