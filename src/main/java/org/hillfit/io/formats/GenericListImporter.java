/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.formats;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hillfit.io.ImportContext;
import org.hillfit.io.ImportException;
import org.hillfit.io.ImportProblem;
import org.hillfit.io.ImportResult;
import org.hillfit.io.PlateImporter;
import org.hillfit.io.ProbeSample;
import org.hillfit.io.SourceLocation;
import org.hillfit.io.table.TableFiles;
import org.hillfit.io.table.TextRow;
import org.hillfit.io.table.TextTable;
import org.hillfit.plate.Plate;
import org.hillfit.plate.PlateBuilder;
import org.hillfit.plate.PlateFormat;

/**
 * Generic plate lists in CSV, TSV or XLSX, one line per well, in two shapes: wide {@code well,<channel>,<channel>…}
 * (optionally with a {@code plate} column) and long {@code plate,well,channel,value}. Columns are found by name,
 * case-insensitively (see {@link ListColumns}); a {@code flag} column, as {@code hillfit convert} writes it, is read
 * back as the wells' markers, so convert output round-trips. Channel names keep their wavelengths ("665",
 * "Acceptor 665 nm"), which also set the channel's emission wavelength. Wells may be written A1, A01 or A001.
 */
public final class GenericListImporter implements PlateImporter {
    private static final int PROBE_LINES = 40;

    @Override
    public String id() {
        return "generic-list";
    }

    @Override
    public String displayName() {
        return "Generic well list (CSV/TSV/XLSX)";
    }

    @Override
    public List<String> fileExtensions() {
        return List.of("csv", "tsv", "txt", "xlsx");
    }

    @Override
    public String description() {
        return "One line per well: 'well,<channel>,…' or 'plate,well,channel,value[,flag]' (hillfit convert output).";
    }

    @Override
    public double probe(ProbeSample sample) {
        double best = 0;
        for (TextTable table : ProbeTables.of(sample)) {
            best = Math.max(best, probe(table));
        }
        return best;
    }

    /**
     * 0.6 for the convert header, 0.5 for a list whose lines start with well-like IDs (the read names any that lie
     * outside every plate) and for a layout (the read says to pass it with --layout), 0.1 when the lines are not
     * wells.
     */
    private static double probe(TextTable table) {
        Optional<ListColumns> found = ListColumns.find(table);
        if (found.isEmpty()) {
            return 0;
        }
        ListColumns columns = found.get();
        TextRow header = table.row(columns.headerRow());
        if (ListColumns.isLayoutHeader(header)) {
            return 0.5; // read explains that a layout is not an export
        }
        int lines = 0;
        int wells = 0;
        for (int r = columns.headerRow() + 1; r < table.size() && lines < PROBE_LINES; r++) {
            TextRow row = table.row(r);
            if (!row.isBlank() && !ListTableReader.isComment(row, columns)) {
                lines++;
                wells += ListTableReader.looksLikeWell(row.stripped(columns.well())) ? 1 : 0;
            }
        }
        if (lines > 0 && wells < lines * 0.8) {
            return 0.1;
        }
        return ListColumns.isTidyHeader(header) ? 0.6 : 0.5;
    }

    @Override
    public ImportResult read(Path file, ImportContext context) throws ImportException {
        List<TextTable> tables = TableFiles.read(file, context);
        List<ImportProblem> problems = new ArrayList<>();
        ListPlateExtent extent = new ListPlateExtent();
        List<PlateBuilder> builders = new ArrayList<>();
        boolean layout = false;
        for (TextTable table : tables) {
            context.cancellation().throwIfCancelled();
            Optional<ListColumns> columns = ListColumns.find(table);
            if (columns.isEmpty()) {
                continue;
            }
            if (ListColumns.isLayoutHeader(table.row(columns.get().headerRow()))) {
                layout = true;
                continue;
            }
            String plateBase =
                    table.isSpreadsheet() && tables.size() > 1 ? table.sheet() : GenericMatrixImporter.baseName(file);
            Map<String, PlateBuilder> read =
                    new ListTableReader(table, columns.get(), plateBase, extent, problems).read();
            builders.addAll(read.values());
        }
        if (builders.isEmpty()) {
            throw new ImportException(
                    tables.isEmpty() ? SourceLocation.of(file) : tables.get(0).location(),
                    layout
                            ? "this is a plate layout (well, role, compound, concentration), not a plate export;"
                                    + " pass it with --layout"
                            : "no well list found: expected a header line with a 'well' column, e.g."
                                    + " 'well,665,620' or 'plate,well,channel,value'");
        }
        PlateFormat format = extent.commonFormat(SourceLocation.of(file));
        return new ImportResult(build(builders, format), problems);
    }

    private static List<Plate> build(List<PlateBuilder> builders, PlateFormat format) {
        List<Plate> plates = new ArrayList<>();
        for (PlateBuilder builder : builders) {
            if (builder.isEmpty()) {
                continue;
            }
            Plate plate = builder.format(format).build();
            String name = plate.name();
            int n = 2;
            while (hasName(plates, name)) {
                name = plate.name() + " (" + n++ + ")";
            }
            plates.add(plate.withName(name));
        }
        return plates;
    }

    private static boolean hasName(List<Plate> plates, String name) {
        return plates.stream().anyMatch(p -> p.name().equals(name));
    }
}
