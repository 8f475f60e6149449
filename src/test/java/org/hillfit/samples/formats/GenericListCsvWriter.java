/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.samples.formats;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.hillfit.plate.WellId;

/**
 * The generic well list as text. The default variant is the long form {@code plate,well,channel,value,flag} that
 * {@code hillfit convert} writes (channel "665", wells A01, markers as flag slugs); the "wide-tsv" variant is
 * {@code Plate<TAB>Well<TAB>Acceptor 665 nm<TAB>Donor 620 nm} with unpadded wells (A1) and marker words in the
 * value cells.
 */
public final class GenericListCsvWriter implements ExportWriter {
    private final boolean wide;

    private GenericListCsvWriter(boolean wide) {
        this.wide = wide;
    }

    /** Long form, comma-separated. */
    public static GenericListCsvWriter longForm() {
        return new GenericListCsvWriter(false);
    }

    /** Wide form, tab-separated. */
    public static GenericListCsvWriter wideTsv() {
        return new GenericListCsvWriter(true);
    }

    @Override
    public String importerId() {
        return "generic-list";
    }

    @Override
    public String variant() {
        return wide ? "wide-tsv" : "";
    }

    @Override
    public String fileSuffix() {
        return wide ? ".list-wide.tsv" : ".list.csv";
    }

    @Override
    public byte[] write(List<ExportPlate> plates) {
        StringBuilder s = new StringBuilder();
        for (List<String> row : GenericListRows.rows(plates, wide)) {
            s.append(String.join(wide ? "\t" : ",", row)).append('\n');
        }
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The long form's flag slug for a marker, as {@code hillfit convert} writes it. */
    static String slug(ExportChannel.ExportMarker marker) {
        return marker.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** One long-form cell pair (value, flag) of a well, or empty when the well is not in the file. */
    static Optional<List<String>> valueAndFlag(ExportChannel channel, ExportPlate plate, WellId well) {
        ExportChannel.ExportMarker marker = channel.markers().get(well);
        if (marker != null) {
            return Optional.of(List.of("", slug(marker)));
        }
        return GenericCells.text(channel, plate.format(), well, false).map(v -> List.of(v, ""));
    }
}
