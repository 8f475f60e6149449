/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.formats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hillfit.io.ImportException;
import org.hillfit.io.table.GridCell;
import org.hillfit.io.table.TextRow;
import org.hillfit.io.table.TextTable;
import org.hillfit.plate.WellId;

/**
 * EnVision list exports: a header with a {@code Well} column (and optionally {@code Plate}, {@code Repeat},
 * {@code Type} …), then one line per well; every other named column is a result ({@code Calc 1: …} or
 * {@code <label> - channel N (Counts)}). Each column of each plate becomes one {@link EnvisionEvent.Result}.
 */
final class EnvisionLists {
    private static final Set<String> NON_VALUE_COLUMNS =
            Set.of("plate", "repeat", "barcode", "well", "type", "time", "group", "content", "sample", "kinetics");

    private EnvisionLists() {}

    /** True for a header with a "Well" column whose next line names a well. */
    static boolean isHeader(TextTable table, int r) {
        TextRow row = table.row(r);
        int well = columnNamed(row, "well");
        return well >= 0
                && row.nonBlankCount() >= 2
                && r + 1 < table.size()
                && WellId.tryParse(table.row(r + 1).stripped(well)).isPresent();
    }

    /**
     * Reads the list under a header into results, in column order per plate.
     *
     * @return the index of the first row after the list
     * @throws ImportException when a line's Well cell is not a well
     */
    static int read(TextTable table, int headerRow, List<EnvisionEvent> events) throws ImportException {
        TextRow header = table.row(headerRow);
        int wellColumn = columnNamed(header, "well");
        int plateColumn = columnNamed(header, "plate");
        int repeatColumn = columnNamed(header, "repeat");
        Map<String, List<GridCell>> byPlateAndColumn = new LinkedHashMap<>();
        int r = headerRow + 1;
        for (; r < table.size() && !table.row(r).isBlank(); r++) {
            TextRow row = table.row(r);
            WellId well = WellId.tryParse(row.stripped(wellColumn))
                    .orElseThrow(() -> new ImportException(
                            table.locate(row),
                            "expected a well such as A01 in column '" + header.stripped(wellColumn) + "'; got '"
                                    + row.stripped(wellColumn) + "'"));
            String plate = plateColumn < 0 ? "" : row.stripped(plateColumn);
            String repeat = repeatColumn < 0 ? "" : row.stripped(repeatColumn);
            for (int c = 0; c < header.size(); c++) {
                if (isValueColumn(header, c)) {
                    byPlateAndColumn
                            .computeIfAbsent(plate + '\t' + repeat + '\t' + c, k -> new ArrayList<>())
                            .add(new GridCell(well, row.cell(c), row.line()));
                }
            }
        }
        for (Map.Entry<String, List<GridCell>> e : byPlateAndColumn.entrySet()) {
            String[] key = e.getKey().split("\t", -1);
            Optional<EnvisionEvent.PlateKey> plate =
                    key[0].isEmpty() ? Optional.empty() : Optional.of(EnvisionEvent.PlateKey.parse(key[0], key[1]));
            events.add(new EnvisionEvent.Result(
                    header.stripped(Integer.parseInt(key[2])), e.getValue(), Optional.empty(), header.line(), plate));
        }
        return r;
    }

    private static boolean isValueColumn(TextRow header, int c) {
        String name = header.stripped(c);
        return !name.isEmpty() && !NON_VALUE_COLUMNS.contains(name.toLowerCase(Locale.ROOT));
    }

    private static int columnNamed(TextRow row, String name) {
        for (int c = 0; c < row.size(); c++) {
            if (row.stripped(c).equalsIgnoreCase(name)) {
                return c;
            }
        }
        return -1;
    }
}
