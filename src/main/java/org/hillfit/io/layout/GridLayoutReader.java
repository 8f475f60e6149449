/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.layout;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.hillfit.io.ImportException;
import org.hillfit.io.SourceLocation;
import org.hillfit.io.table.CellParser;
import org.hillfit.io.table.GridBlock;
import org.hillfit.io.table.GridCell;
import org.hillfit.io.table.GridHeader;
import org.hillfit.io.table.TextRow;
import org.hillfit.io.table.TextTable;
import org.hillfit.job.SpreadsheetText;
import org.hillfit.plate.Concentration;
import org.hillfit.plate.LayoutSet;
import org.hillfit.plate.WellContent;
import org.hillfit.plate.WellId;
import org.hillfit.plate.WellRole;

/**
 * Reads grid layouts: one plate grid per variable (role, compound, concentration, optionally unit), each a
 * column-number line with row-letter lines below, titled by the line above it or its corner cell, or by the sheet
 * name when a workbook keeps one grid per sheet. A concentration title may carry the unit ("concentration (nM)"); a
 * unit grid overrides it per well. A line {@code Plate: NAME} starts the grids of one plate (barcode or name);
 * grids before any such line form the shared layout. A role grid is required; a well with a compound or a
 * concentration but no role is an error, as are the sample rules of every layout form.
 */
final class GridLayoutReader {
    private GridLayoutReader() {}

    /** One titled grid. */
    private record Grid(LayoutVariable.Title title, Map<WellId, GridCell> cells, TextTable table, int line) {
        SourceLocation at(WellId well) {
            GridCell cell = cells.get(well);
            return new SourceLocation(table.file(), table.sheet(), cell != null ? cell.line() : line, well.label());
        }

        String text(WellId well) {
            GridCell cell = cells.get(well);
            return cell == null ? "" : cell.text().strip();
        }
    }

    /** True when the table has at least one grid with a layout-variable title. */
    static boolean hasGrids(TextTable table) {
        List<String> ignored = new ArrayList<>();
        try {
            return !grids(table, ignored).isEmpty();
        } catch (ImportException e) {
            return true; // a titled grid is there, with a problem the full read will report
        }
    }

    /** Reads the grids of all tables (sheets) into a layout set; warnings receives ignored grids. */
    static LayoutSet read(List<TextTable> tables, List<String> warnings) throws ImportException {
        Map<String, Map<LayoutVariable, Grid>> byPlate = new LinkedHashMap<>();
        List<String> ignoredTitles = new ArrayList<>();
        for (TextTable table : tables) {
            for (Map.Entry<String, List<Grid>> e : grids(table, ignoredTitles).entrySet()) {
                Map<LayoutVariable, Grid> variables =
                        byPlate.computeIfAbsent(e.getKey(), k -> new EnumMap<>(LayoutVariable.class));
                for (Grid grid : e.getValue()) {
                    Grid previous = variables.putIfAbsent(grid.title().variable(), grid);
                    if (previous != null) {
                        throw new ImportException(
                                new SourceLocation(table.file(), table.sheet(), grid.line(), ""),
                                "a second '" + grid.title().variable().title() + "' grid"
                                        + (e.getKey().isEmpty() ? "" : " for plate '" + e.getKey() + "'")
                                        + "; the first is at line " + previous.line());
                    }
                }
            }
        }
        ignoredTitles.forEach(w -> warnings.add(w));
        Map<String, LayoutAccumulator> layouts = new LinkedHashMap<>();
        for (Map.Entry<String, Map<LayoutVariable, Grid>> e : byPlate.entrySet()) {
            layouts.put(e.getKey(), layout(e.getKey(), e.getValue(), tables.get(0), ignoredTitles));
        }
        return LayoutAccumulator.toSet(layouts, tables.get(0).location());
    }

    private static LayoutAccumulator layout(
            String plate, Map<LayoutVariable, Grid> grids, TextTable first, List<String> ignored)
            throws ImportException {
        Grid roles = grids.get(LayoutVariable.ROLE);
        if (roles == null) {
            throw new ImportException(
                    first.location(),
                    "no 'role' grid" + (plate.isEmpty() ? "" : " for plate '" + plate + "'")
                            + "; a grid layout needs titled grids role, compound, concentration (optionally unit)"
                            + (ignored.isEmpty() ? "" : "; ignored: " + ignored));
        }
        LayoutAccumulator layout = new LayoutAccumulator();
        TreeSet<WellId> wells = new TreeSet<>();
        grids.values().forEach(g -> g.cells().forEach((well, cell) -> {
            if (!cell.text().isBlank()) {
                wells.add(well);
            }
        }));
        for (WellId well : wells) {
            layout.put(well, content(well, grids, roles));
        }
        return layout;
    }

    private static WellContent content(WellId well, Map<LayoutVariable, Grid> grids, Grid roles)
            throws ImportException {
        Grid compounds = grids.get(LayoutVariable.COMPOUND);
        Grid concentrations = grids.get(LayoutVariable.CONCENTRATION);
        Grid units = grids.get(LayoutVariable.UNIT);
        String roleText = roles.text(well);
        if (roleText.isEmpty()) {
            Grid other = grids.values().stream()
                    .filter(g -> !g.text(well).isEmpty())
                    .findFirst()
                    .orElse(roles);
            throw new ImportException(
                    other.at(well),
                    "well " + well + " has a compound, concentration or unit but no role in the 'role' grid");
        }
        WellRole role = LayoutCells.role(roleText, roles.at(well));
        Optional<String> compound = Optional.ofNullable(compounds)
                .map(g -> SpreadsheetText.restore(g.text(well)))
                .filter(s -> !s.isEmpty());
        Optional<Concentration> concentration = Optional.empty();
        if (concentrations != null) {
            SourceLocation at = concentrations.at(well);
            concentration = LayoutCells.concentration(
                    concentrations.text(well),
                    units == null ? "" : units.text(well),
                    concentrations.title().unit(),
                    CellParser.forTable(concentrations.table()),
                    at);
        }
        return LayoutCells.checkedContent(role, compound, concentration, roles.at(well));
    }

    /** The titled grids of a table by plate key ("" before any plate title line). */
    private static Map<String, List<Grid>> grids(TextTable table, List<String> ignored) throws ImportException {
        Map<String, List<Grid>> byPlate = new LinkedHashMap<>();
        String plate = "";
        int r = 0;
        while (r < table.size()) {
            Optional<String> plateTitle = table.row(r).plateTitle();
            if (plateTitle.isPresent()) {
                plate = plateTitle.get();
                r++;
                continue;
            }
            Optional<GridHeader> header = GridHeader.detect(table, r);
            if (header.isEmpty()) {
                r++;
                continue;
            }
            GridBlock block = GridBlock.below(table, header.get());
            if (block.cells().isEmpty()) {
                r++;
                continue;
            }
            String titleText = title(table, header.get());
            int line = table.row(header.get().tableRow()).line();
            Optional<LayoutVariable.Title> title = LayoutVariable.parse(titleText);
            if (title.isPresent()) {
                checkRows(table, header.get(), block, titleText);
                Map<WellId, GridCell> cells = new TreeMap<>();
                block.cells().forEach(c -> cells.put(c.well(), c));
                byPlate.computeIfAbsent(plate, k -> new ArrayList<>()).add(new Grid(title.get(), cells, table, line));
            } else {
                ignored.add(new SourceLocation(table.file(), table.sheet(), line, "") + ": grid titled '" + titleText
                        + "' is not a layout variable (role, compound, concentration, unit); ignored");
            }
            r = block.endRow();
        }
        return byPlate;
    }

    /**
     * A layout grid is read strictly, because a well silently overwritten or dropped is a wrong layout: no row twice
     * and no value right of the header's last column.
     */
    private static void checkRows(TextTable table, GridHeader header, GridBlock block, String title)
            throws ImportException {
        Map<Integer, Integer> rowLines = new HashMap<>();
        for (GridCell cell : block.cells()) {
            Integer first = rowLines.putIfAbsent(cell.well().rowIndex(), cell.line());
            if (first != null && first != cell.line()) {
                throw new ImportException(
                        new SourceLocation(table.file(), table.sheet(), cell.line(), ""),
                        "row " + cell.well().rowLabel() + " of the '" + title + "' grid appears twice (first on line "
                                + first + ")");
            }
        }
        for (int r = header.tableRow() + 1; r < block.endRow(); r++) {
            TextRow row = table.row(r);
            int last = row.lastNonBlank();
            if (last >= header.firstCell() + header.width()) {
                throw new ImportException(
                        new SourceLocation(table.file(), table.sheet(), row.line(), ""),
                        "the '" + title + "' grid has a value in cell " + (last + 1) + " ('" + row.stripped(last)
                                + "') but the header above names only " + header.width() + " columns");
            }
        }
    }

    private static String title(TextTable table, GridHeader header) {
        String corner = header.firstCell() > 0 ? table.row(header.tableRow()).stripped(header.firstCell() - 1) : "";
        if (!corner.isEmpty() && !corner.equals("<>")) {
            return corner;
        }
        for (int r = header.tableRow() - 1; r >= 0 && r >= header.tableRow() - 3; r--) {
            TextRow row = table.row(r);
            if (!row.isBlank()) {
                return row.plateTitle().isPresent() ? table.sheet() : row.first();
            }
        }
        return table.sheet();
    }
}
