/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.formats;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hillfit.io.ImportContext;
import org.hillfit.io.ImportException;
import org.hillfit.io.ImportProblem;
import org.hillfit.io.ImportResult;
import org.hillfit.io.PlateImporter;
import org.hillfit.io.ProbeSample;
import org.hillfit.io.SourceLocation;
import org.hillfit.io.table.CellValue;
import org.hillfit.io.table.GridBlock;
import org.hillfit.io.table.GridHeader;
import org.hillfit.io.table.TableFiles;
import org.hillfit.io.table.TextTable;
import org.hillfit.plate.Plate;

/**
 * Generic plate matrices in CSV, TSV or XLSX (semicolon files may use decimal commas): one grid per channel, each a
 * column-number header line ({@code ,1,2,…,24}, {@code <>} or a title in the corner cell allowed) followed by
 * row-letter lines (A–H, A–P, or A–Z then AA–AF or a–f for 1536 wells). The channel is named by the header's corner
 * cell or else by the nearest line above the grid, and a wavelength in that name ("Acceptor 665 nm", "620",
 * "337/665") becomes the channel's emission wavelength. A line {@code Plate: <name>} or {@code Plate,<name>} starts
 * a new plate; each sheet of a multi-sheet workbook is a plate. Markers (OVRFLW, Range?, …) become well flags. The
 * grids are read strictly (see {@link MatrixTableReader}): a broken grid is an error naming its line, never a
 * silently shorter plate.
 */
public final class GenericMatrixImporter implements PlateImporter {

    @Override
    public String id() {
        return "generic-matrix";
    }

    @Override
    public String displayName() {
        return "Generic plate matrix (CSV/TSV/XLSX)";
    }

    @Override
    public List<String> fileExtensions() {
        return List.of("csv", "tsv", "txt", "xlsx");
    }

    @Override
    public String description() {
        return "Row-letter × column-number grids, one per channel, titled by the line above each grid.";
    }

    @Override
    public double probe(ProbeSample sample) {
        for (TextTable table : ProbeTables.of(sample)) {
            if (hasGrid(table)) {
                return 0.5; // vendor importers claim their own files with more confidence
            }
        }
        return 0;
    }

    /** A column-number header followed by at least two row-letter lines (or one, when the head ends there). */
    private static boolean hasGrid(TextTable table) {
        for (int r = 0; r < table.size(); r++) {
            Optional<GridHeader> header = GridHeader.detect(table, r);
            if (header.isPresent()) {
                int rows = GridBlock.below(table, header.get()).endRow() - r - 1;
                if (rows >= 2 || (rows == 1 && r + 2 >= table.size())) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public ImportResult read(Path file, ImportContext context) throws ImportException {
        List<TextTable> tables = TableFiles.read(file, context);
        String baseName = baseName(file);
        List<Plate> plates = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        for (TextTable table : tables) {
            context.cancellation().throwIfCancelled();
            String plateBase = table.isSpreadsheet() && tables.size() > 1 ? table.sheet() : baseName;
            new MatrixTableReader(table, plateBase, plates, problems).read();
        }
        if (plates.isEmpty()) {
            throw new ImportException(
                    tables.isEmpty() ? SourceLocation.of(file) : tables.get(0).location(),
                    "no plate matrix found: expected a line of column"
                            + " numbers (1, 2, 3 …) followed by lines starting with row letters A, B, C …");
        }
        return new ImportResult(plates, problems);
    }

    /** The file name up to its first dot ("TYK2.matrix.csv" → "TYK2"), the plate name when no title gives one. */
    static String baseName(Path file) {
        String name = String.valueOf(file.getFileName());
        int dot = name.indexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    static boolean isNumberOrMarker(CellValue value) {
        return value instanceof CellValue.Number || value instanceof CellValue.Marker;
    }
}
