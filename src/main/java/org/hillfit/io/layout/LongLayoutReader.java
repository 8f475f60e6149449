/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.layout;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hillfit.io.ImportContext;
import org.hillfit.io.ImportException;
import org.hillfit.io.SourceLocation;
import org.hillfit.io.table.CellParser;
import org.hillfit.io.table.DelimitedTables;
import org.hillfit.io.table.TextRow;
import org.hillfit.io.table.TextTable;
import org.hillfit.job.SpreadsheetText;
import org.hillfit.plate.Concentration;
import org.hillfit.plate.LayoutSet;
import org.hillfit.plate.PlateLayout;
import org.hillfit.plate.WellContent;
import org.hillfit.plate.WellId;
import org.hillfit.plate.WellMarker;
import org.hillfit.plate.WellRole;

/**
 * Reads the long layout form, the CLI contract: a header {@code well,role,compound,concentration,unit} (columns
 * found by name, any order, case-insensitive) and one line per well. Wells may be written A1 or A01. Two optional
 * columns extend it: {@code plate} (the barcode or plate name the line applies to; blank = every plate) and
 * {@code flag} (a preparation flag such as {@code failed_transfer}, optionally followed by a note in parentheses).
 * Every problem is an error naming the line: a bad well, an unknown role or unit, a sample without compound or
 * concentration, a well listed twice for the same plate.
 */
public final class LongLayoutReader {
    private static final List<String> REQUIRED = List.of("well", "role");

    private LongLayoutReader() {}

    /**
     * Reads a layout file that holds one layout for every plate.
     *
     * @throws ImportException for any problem, and when the file gives plates layouts of their own (use {@link
     *     LayoutReaders#read} for those)
     */
    public static PlateLayout read(Path file, ImportContext context) throws ImportException {
        return read(DelimitedTables.read(file, context));
    }

    /** Reads a single layout from a table whose first non-blank row is the header. */
    public static PlateLayout read(TextTable table) throws ImportException {
        LayoutSet set = readSet(table);
        if (!set.byPlate().isEmpty() || set.shared().isEmpty()) {
            throw new ImportException(
                    table.location(),
                    "the layout gives plates " + set.byPlate().keySet() + " layouts of their own; expected one"
                            + " layout for every plate (no 'plate' column)");
        }
        return set.shared().get();
    }

    /** Reads every layout of a table: lines with a blank or absent {@code plate} form the shared layout. */
    public static LayoutSet readSet(TextTable table) throws ImportException {
        int headerIndex = headerIndex(table);
        Map<String, Integer> columns = LayoutCells.columns(table.row(headerIndex));
        for (String name : REQUIRED) {
            if (!columns.containsKey(name)) {
                throw new ImportException(
                        table.locate(table.row(headerIndex)),
                        "the layout header has no '" + name
                                + "' column; expected 'well,role,compound,concentration,unit'");
            }
        }
        CellParser numbers = CellParser.forTable(table);
        Map<String, LayoutAccumulator> byKey = new LinkedHashMap<>();
        for (int r = headerIndex + 1; r < table.size(); r++) {
            TextRow row = table.row(r);
            if (row.isBlank() || row.first().startsWith("#")) {
                continue;
            }
            readLine(table, row, columns, numbers, byKey);
        }
        if (byKey.isEmpty()) {
            throw new ImportException(table.location(), "the layout lists no wells");
        }
        return LayoutAccumulator.toSet(byKey, table.location());
    }

    /** True when a row looks like a long-layout header: it names a {@code well} column. */
    static boolean isHeader(TextRow row) {
        return LayoutCells.columns(row).containsKey("well");
    }

    private static int headerIndex(TextTable table) throws ImportException {
        int headerIndex = 0;
        while (headerIndex < table.size()
                && (table.row(headerIndex).isBlank()
                        || table.row(headerIndex).first().startsWith("#"))) {
            headerIndex++;
        }
        if (headerIndex == table.size()) {
            throw new ImportException(
                    table.location(),
                    "the layout is empty; expected a header line " + "'well,role,compound,concentration,unit'");
        }
        return headerIndex;
    }

    private static void readLine(
            TextTable table,
            TextRow row,
            Map<String, Integer> columns,
            CellParser numbers,
            Map<String, LayoutAccumulator> byKey)
            throws ImportException {
        SourceLocation where = table.locate(row);
        String wellText = LayoutCells.cell(row, columns, "well");
        WellId well = WellId.tryParse(wellText)
                .orElseThrow(() -> new ImportException(
                        where, "expected a well ID such as A1 or A01 in column 'well'; got '" + wellText + "'"));
        SourceLocation at = where.withWell(well.label());
        WellContent content = content(row, columns, numbers, at);
        String plate = SpreadsheetText.restore(LayoutCells.cell(row, columns, "plate"));
        LayoutAccumulator layout = byKey.computeIfAbsent(plate, k -> new LayoutAccumulator());
        if (!layout.put(well, content)) {
            throw new ImportException(
                    at, "well " + well + " is listed twice" + (plate.isEmpty() ? "" : " for plate '" + plate + "'"));
        }
        Optional<WellMarker> flag = LayoutCells.flag(LayoutCells.cell(row, columns, "flag"), at);
        flag.ifPresent(marker -> layout.flag(well, marker));
    }

    private static WellContent content(
            TextRow row, Map<String, Integer> columns, CellParser numbers, SourceLocation where)
            throws ImportException {
        WellRole role = LayoutCells.role(LayoutCells.cell(row, columns, "role"), where);
        Optional<String> compound = Optional.of(SpreadsheetText.restore(LayoutCells.cell(row, columns, "compound")))
                .filter(s -> !s.isEmpty());
        Optional<Concentration> concentration = LayoutCells.concentration(
                LayoutCells.cell(row, columns, "concentration"),
                LayoutCells.cell(row, columns, "unit"),
                Optional.empty(),
                numbers,
                where);
        return LayoutCells.checkedContent(role, compound, concentration, where);
    }
}
