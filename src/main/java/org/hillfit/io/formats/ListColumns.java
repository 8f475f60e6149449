/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.formats;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.hillfit.io.table.Cells;
import org.hillfit.io.table.TextRow;
import org.hillfit.io.table.TextTable;

/**
 * The header of a long plate list, columns found by name (case-insensitive, surrounding blanks and Excel quoting
 * ignored): a well column, optionally plate, channel, value and flag columns. With both a channel and a value
 * column the list is long ({@code plate,well,channel,value}); otherwise every other column not named below is a
 * channel ({@code well,665,620}).
 *
 * @param headerRow 0-based table row of the header
 * @param well index of the well column
 * @param plate index of the plate column, −1 when absent
 * @param channel index of the channel column, −1 when absent (wide list)
 * @param value index of the value column, −1 when absent (wide list)
 * @param flag index of the flag column, −1 when absent
 * @param wide candidate channel columns of a wide list (empty for a long list)
 */
record ListColumns(int headerRow, int well, int plate, int channel, int value, int flag, List<Column> wide) {
    static final Set<String> WELL = Set.of("well", "well id", "wellid", "well position", "well name");
    static final Set<String> PLATE = Set.of("plate", "plate name", "plate id", "plate number", "barcode");
    static final Set<String> CHANNEL = Set.of("channel", "channel name", "read", "label", "wavelength");
    static final Set<String> VALUE = Set.of("value", "signal", "reading");
    static final Set<String> FLAG = Set.of("flag", "flags", "marker");
    /** The column that makes a well list a plate map ({@code well,role,compound,concentration,unit}). */
    static final String LAYOUT_ROLE = "role";
    /** Columns that are never channels of a wide list (the tidy table's row and column, annotations). */
    static final Set<String> IGNORED =
            Set.of("row", "column", "col", "content", "type", "sample", "name", "unit", "compound", "concentration");

    /** How many leading rows are searched for the header. */
    static final int HEADER_SEARCH_ROWS = 50;

    ListColumns {
        wide = List.copyOf(wide);
    }

    /**
     * One candidate channel column of a wide list.
     *
     * @param index cell index
     * @param name the header text
     */
    record Column(int index, String name) {}

    /** True for {@code plate,well,channel,value}: one line per well and channel. */
    boolean isLong() {
        return channel >= 0 && value >= 0;
    }

    /** True when the header is a plate map's: a {@code role} column next to the well column. */
    static boolean isLayoutHeader(TextRow row) {
        return names(row).contains(LAYOUT_ROLE);
    }

    /** Finds the header: the first row among the leading ones that has a well column. */
    static Optional<ListColumns> find(TextTable table) {
        int end = Math.min(table.size(), HEADER_SEARCH_ROWS);
        for (int r = 0; r < end; r++) {
            Optional<ListColumns> columns = of(r, table.row(r));
            if (columns.isPresent()) {
                return columns;
            }
        }
        return Optional.empty();
    }

    /** Reads a header row; empty when it has no well column or nothing to read besides it. */
    static Optional<ListColumns> of(int headerRow, TextRow row) {
        List<String> names = names(row);
        int well = indexOf(names, WELL);
        if (well < 0) {
            return Optional.empty();
        }
        int plate = indexOf(names, PLATE);
        int channel = indexOf(names, CHANNEL);
        int value = indexOf(names, VALUE);
        int flag = indexOf(names, FLAG);
        List<Column> wide = new ArrayList<>();
        if (channel < 0 || value < 0) {
            for (int i = 0; i < names.size(); i++) {
                String name = names.get(i);
                if (i != well && i != plate && i != flag && !name.isEmpty() && !IGNORED.contains(name)) {
                    wide.add(new Column(i, Cells.unwrapExcelText(row.cell(i))));
                }
            }
            if (wide.isEmpty()) {
                return Optional.empty();
            }
        }
        return Optional.of(new ListColumns(headerRow, well, plate, channel, value, flag, wide));
    }

    /** The exact {@code hillfit convert} header. */
    static boolean isTidyHeader(TextRow row) {
        return names(row).equals(List.of("plate", "well", "row", "column", "channel", "value", "flag"));
    }

    private static List<String> names(TextRow row) {
        List<String> names = new ArrayList<>(row.size());
        for (String cell : row.cells()) {
            names.add(Cells.unwrapExcelText(cell).toLowerCase(Locale.ROOT));
        }
        return names;
    }

    private static int indexOf(List<String> names, Set<String> wanted) {
        for (int i = 0; i < names.size(); i++) {
            if (wanted.contains(names.get(i))) {
                return i;
            }
        }
        return -1;
    }
}
