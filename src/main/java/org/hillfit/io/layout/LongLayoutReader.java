/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.layout;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hillfit.io.ImportContext;
import org.hillfit.io.ImportException;
import org.hillfit.io.SourceLocation;
import org.hillfit.io.table.CellParser;
import org.hillfit.io.table.CellValue;
import org.hillfit.io.table.DelimitedTables;
import org.hillfit.io.table.TextRow;
import org.hillfit.io.table.TextTable;
import org.hillfit.plate.Concentration;
import org.hillfit.plate.ConcentrationUnit;
import org.hillfit.plate.PlateLayout;
import org.hillfit.plate.WellContent;
import org.hillfit.plate.WellId;
import org.hillfit.plate.WellRole;

/**
 * Reads the long layout form, the CLI contract: a header {@code well,role,compound,concentration,unit} (columns
 * found by name, any order, case-insensitive) and one line per well. Wells may be written A1 or A01. Every problem
 * is an error naming the line: a bad well, an unknown role or unit, a sample without compound or concentration, a
 * well listed twice.
 */
public final class LongLayoutReader {
    private static final List<String> REQUIRED = List.of("well", "role");

    private LongLayoutReader() {}

    /** Reads a layout file. */
    public static PlateLayout read(Path file, ImportContext context) throws ImportException {
        return read(DelimitedTables.read(file, context));
    }

    /** Reads a layout from a table whose first non-blank row is the header. */
    public static PlateLayout read(TextTable table) throws ImportException {
        int headerIndex = 0;
        while (headerIndex < table.size() && table.row(headerIndex).isBlank()) {
            headerIndex++;
        }
        if (headerIndex == table.size()) {
            throw new ImportException(
                    table.location(),
                    "the layout is empty; expected a header line " + "'well,role,compound,concentration,unit'");
        }
        Map<String, Integer> columns = columns(table.row(headerIndex));
        for (String name : REQUIRED) {
            if (!columns.containsKey(name)) {
                throw new ImportException(
                        table.locate(table.row(headerIndex)),
                        "the layout header has no '" + name
                                + "' column; expected 'well,role,compound,concentration,unit'");
            }
        }
        CellParser numbers = CellParser.forTable(table);
        Map<WellId, WellContent> wells = new HashMap<>();
        for (int r = headerIndex + 1; r < table.size(); r++) {
            TextRow row = table.row(r);
            if (row.isBlank() || row.first().startsWith("#")) {
                continue;
            }
            SourceLocation where = table.locate(row);
            WellId well = WellId.tryParse(cell(row, columns, "well"))
                    .orElseThrow(() -> new ImportException(
                            where,
                            "expected a well ID such as A1 or A01 in column 'well'; got '" + cell(row, columns, "well")
                                    + "'"));
            WellContent content = content(row, columns, numbers, where.withWell(well.label()));
            if (wells.putIfAbsent(well, content) != null) {
                throw new ImportException(where.withWell(well.label()), "well " + well + " is listed twice");
            }
        }
        if (wells.isEmpty()) {
            throw new ImportException(table.location(), "the layout lists no wells");
        }
        return new PlateLayout(wells);
    }

    private static WellContent content(
            TextRow row, Map<String, Integer> columns, CellParser numbers, SourceLocation where)
            throws ImportException {
        String roleText = cell(row, columns, "role");
        WellRole role = WellRole.parse(roleText)
                .orElseThrow(() -> new ImportException(
                        where, "unknown role '" + roleText + "'; expected sample, neutral, inhibitor, blank or empty"));
        Optional<String> compound = Optional.of(cell(row, columns, "compound")).filter(s -> !s.isEmpty());
        String concentrationText = cell(row, columns, "concentration");
        Optional<Concentration> concentration = Optional.empty();
        if (!concentrationText.isEmpty()) {
            CellValue value = numbers.parse(concentrationText);
            if (!(value instanceof CellValue.Number number) || number.value() < 0) {
                throw new ImportException(
                        where,
                        "expected a concentration ≥ 0 in column 'concentration'; got '" + concentrationText + "'");
            }
            String unitText = cell(row, columns, "unit");
            ConcentrationUnit unit = ConcentrationUnit.parse(unitText)
                    .orElseThrow(() -> new ImportException(
                            where, "unknown unit '" + unitText + "'; expected M, mM, uM (µM), nM or pM"));
            concentration = Optional.of(new Concentration(number.value(), unit));
        }
        if (role == WellRole.SAMPLE) {
            if (compound.isEmpty()) {
                throw new ImportException(where, "a sample well needs a compound name");
            }
            if (concentration.isEmpty()) {
                throw new ImportException(where, "a sample well needs a concentration and unit");
            }
        }
        return new WellContent(role, compound, concentration);
    }

    private static Map<String, Integer> columns(TextRow header) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            columns.putIfAbsent(header.stripped(i).toLowerCase(Locale.ROOT), i);
        }
        return columns;
    }

    private static String cell(TextRow row, Map<String, Integer> columns, String name) {
        Integer index = columns.get(name);
        return index == null ? "" : row.stripped(index);
    }
}
