/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.samples.formats;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hillfit.plate.WellId;

/** The rows of a generic well list, shared by the text and the workbook writers. */
final class GenericListRows {
    private GenericListRows() {}

    /** Header and data rows, plates in order, wells row-major. */
    static List<List<String>> rows(List<ExportPlate> plates, boolean wide) {
        List<List<String>> rows = new ArrayList<>();
        if (wide) {
            List<String> header = new ArrayList<>(List.of("Plate", "Well"));
            plates.get(0).channels().forEach(c -> header.add(GenericCells.roleTitle(c)));
            rows.add(header);
        } else {
            rows.add(List.of("plate", "well", "channel", "value", "flag"));
        }
        for (ExportPlate plate : plates) {
            for (WellId well : plate.format().wells()) {
                if (wide) {
                    wideRow(plate, well).ifPresent(rows::add);
                } else {
                    for (ExportChannel channel : plate.channels()) {
                        GenericListCsvWriter.valueAndFlag(channel, plate, well)
                                .ifPresent(vf -> rows.add(
                                        List.of(plate.name(), well.label(), channel.name(), vf.get(0), vf.get(1))));
                    }
                }
            }
        }
        return rows;
    }

    private static Optional<List<String>> wideRow(ExportPlate plate, WellId well) {
        List<String> row = new ArrayList<>(List.of(plate.name(), well.compactLabel()));
        boolean any = false;
        for (ExportChannel channel : plate.channels()) {
            Optional<String> text = GenericCells.text(channel, plate.format(), well, false);
            any |= text.isPresent();
            row.add(text.orElse(""));
        }
        return any ? Optional.of(row) : Optional.empty();
    }
}
