/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.layout;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.hillfit.io.ImportContext;
import org.hillfit.io.ImportException;
import org.hillfit.io.SourceLocation;
import org.hillfit.io.table.CellParser;
import org.hillfit.io.table.Cells;
import org.hillfit.io.table.DelimitedTables;
import org.hillfit.io.table.TextRow;
import org.hillfit.io.table.TextTable;
import org.hillfit.plate.Concentration;
import org.hillfit.plate.WellId;
import org.hillfit.plate.WellRole;

/**
 * What each source well of a dispenser run holds: a CSV {@code source_plate,source_well,compound,concentration,unit}
 * (stock concentration), with an optional {@code role} column to mark control stocks (e.g. {@code inhibitor} for the
 * reference inhibitor, {@code neutral} for DMSO). A well holding only vehicle has compound {@code DMSO} (or blank)
 * or concentration 0.
 *
 * @param entries source wells by plate (barcode or name) and well
 */
public record SourceMap(Map<Key, Entry> entries) {

    /**
     * A source well.
     *
     * @param plate plate barcode or name, compared ignoring case and surrounding blanks
     * @param well the well
     */
    public record Key(String plate, WellId well) {
        public Key {
            plate = plate.strip().toLowerCase(Locale.ROOT);
            Objects.requireNonNull(well, "well");
        }
    }

    /**
     * What a source well holds.
     *
     * @param compound the compound ("DMSO" or empty for vehicle)
     * @param stock the stock concentration (empty or 0 for vehicle)
     * @param role the role its transfers give a destination well, when the map says
     * @param location the map line
     */
    public record Entry(
            Optional<String> compound,
            Optional<Concentration> stock,
            Optional<WellRole> role,
            SourceLocation location) {
        public Entry {
            compound = compound.map(String::strip).filter(s -> !s.isEmpty());
            Objects.requireNonNull(stock, "stock");
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(location, "location");
        }

        /** True for vehicle only: no compound, "DMSO", a zero stock, or the neutral role. */
        public boolean isVehicle() {
            return compound.isEmpty()
                    || compound.get().equalsIgnoreCase("dmso")
                    || stock.map(Concentration::isZero).orElse(false)
                    || role.filter(r -> r == WellRole.NEUTRAL).isPresent();
        }
    }

    public SourceMap {
        entries = Map.copyOf(entries);
    }

    /** The entry of a source well. */
    public Optional<Entry> entry(String plate, WellId well) {
        return Optional.ofNullable(entries.get(new Key(plate, well)));
    }

    /**
     * Reads a source map CSV.
     *
     * @throws ImportException naming the line of a bad well, number or unit, a compound without stock, or a well
     *     listed twice
     */
    public static SourceMap read(Path file, ImportContext context) throws ImportException {
        TextTable table = DelimitedTables.read(file, context);
        int h = 0;
        while (h < table.size() && table.row(h).isBlank()) {
            h++;
        }
        if (h == table.size()) {
            throw new ImportException(table.location(), "the source map is empty");
        }
        Map<String, Integer> columns = LayoutCells.columns(table.row(h));
        for (String name : List.of("source_plate", "source_well", "compound", "concentration", "unit")) {
            if (!columns.containsKey(name)) {
                throw new ImportException(
                        table.locate(table.row(h)),
                        "the source map has no '" + name + "' column; expected 'source_plate,source_well,compound,"
                                + "concentration,unit'");
            }
        }
        CellParser numbers = CellParser.forTable(table);
        Map<Key, Entry> entries = new HashMap<>();
        for (int r = h + 1; r < table.size(); r++) {
            TextRow row = table.row(r);
            if (row.isBlank() || row.first().startsWith("#")) {
                continue;
            }
            SourceLocation at = table.locate(row);
            String wellText = LayoutCells.cell(row, columns, "source_well");
            WellId well = WellId.tryParse(wellText)
                    .orElseThrow(() -> new ImportException(
                            at, "expected a well ID such as A1 in column 'source_well'; got '" + wellText + "'"));
            Entry entry = entry(row, columns, numbers, at.withWell(well.label()));
            String plate = Cells.unwrapExcelText(LayoutCells.cell(row, columns, "source_plate"));
            if (entries.putIfAbsent(new Key(plate, well), entry) != null) {
                throw new ImportException(
                        at.withWell(well.label()),
                        "source well " + well + " of plate '" + plate.strip() + "' is listed twice");
            }
        }
        if (entries.isEmpty()) {
            throw new ImportException(
                    table.locate(table.row(h)), "the source map has a header but no source wells below it");
        }
        return new SourceMap(entries);
    }

    private static Entry entry(TextRow row, Map<String, Integer> columns, CellParser numbers, SourceLocation at)
            throws ImportException {
        Optional<String> compound =
                Optional.of(LayoutCells.cell(row, columns, "compound")).filter(s -> !s.isEmpty());
        Optional<Concentration> stock = LayoutCells.concentration(
                LayoutCells.cell(row, columns, "concentration"),
                LayoutCells.cell(row, columns, "unit"),
                Optional.empty(),
                numbers,
                at);
        String roleText = LayoutCells.cell(row, columns, "role");
        Optional<WellRole> role = roleText.isEmpty() ? Optional.empty() : Optional.of(LayoutCells.role(roleText, at));
        Entry entry = new Entry(compound, stock, role, at);
        if (compound.isPresent() && !entry.isVehicle() && stock.isEmpty()) {
            throw new ImportException(at, "compound '" + compound.get() + "' needs a stock concentration and unit");
        }
        return entry;
    }
}
