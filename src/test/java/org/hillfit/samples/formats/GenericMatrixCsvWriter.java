/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.samples.formats;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import org.hillfit.plate.PlateFormat;
import org.hillfit.plate.WellId;

/**
 * The generic plate matrix as text: a {@code Plate: name} line per plate, then per channel a title line, a header of
 * column numbers and one line per row letter. The default variant is comma-separated UTF-8 with titles such as
 * "Acceptor 665 nm"; the "semicolon" variant is what a European Excel saves: semicolons, decimal commas, CRLF,
 * Windows-1252 and titles such as "Raw Data (337/665)".
 */
public final class GenericMatrixCsvWriter implements ExportWriter {
    private final boolean european;

    private GenericMatrixCsvWriter(boolean european) {
        this.european = european;
    }

    /** Comma-separated, decimal point. */
    public static GenericMatrixCsvWriter comma() {
        return new GenericMatrixCsvWriter(false);
    }

    /** Semicolon-separated, decimal comma. */
    public static GenericMatrixCsvWriter semicolon() {
        return new GenericMatrixCsvWriter(true);
    }

    @Override
    public String importerId() {
        return "generic-matrix";
    }

    @Override
    public String variant() {
        return european ? "semicolon" : "";
    }

    @Override
    public String fileSuffix() {
        return european ? ".matrix-semicolon.csv" : ".matrix.csv";
    }

    @Override
    public byte[] write(List<ExportPlate> plates) {
        char d = european ? ';' : ',';
        String eol = european ? "\r\n" : "\n";
        Function<ExportChannel, String> title =
                european ? c -> "Raw Data (" + c.excitationNm() + "/" + c.emissionNm() + ")" : GenericCells::roleTitle;
        StringBuilder s = new StringBuilder();
        for (ExportPlate plate : plates) {
            s.append("Plate: ").append(plate.name()).append(eol);
            for (ExportChannel channel : plate.channels()) {
                s.append(title.apply(channel)).append(eol);
                grid(s, plate.format(), channel, d, eol);
                s.append(eol);
            }
        }
        return s.toString()
                .getBytes(european ? java.nio.charset.Charset.forName("windows-1252") : StandardCharsets.UTF_8);
    }

    private void grid(StringBuilder s, PlateFormat format, ExportChannel channel, char d, String eol) {
        for (int c = 1; c <= format.columns(); c++) {
            s.append(d).append(c);
        }
        s.append(eol);
        for (int r = 0; r < format.rows(); r++) {
            s.append(WellId.rowLabel(r));
            for (int c = 1; c <= format.columns(); c++) {
                s.append(d)
                        .append(GenericCells.text(channel, format, new WellId(r, c), european)
                                .orElse(""));
            }
            s.append(eol);
        }
    }
}
