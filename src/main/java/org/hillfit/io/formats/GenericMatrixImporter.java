/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.formats;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hillfit.io.ImportContext;
import org.hillfit.io.ImportException;
import org.hillfit.io.ImportProblem;
import org.hillfit.io.ImportResult;
import org.hillfit.io.PlateImporter;
import org.hillfit.io.ProbeSample;
import org.hillfit.io.table.CellParser;
import org.hillfit.io.table.CellValue;
import org.hillfit.io.table.DelimitedTables;
import org.hillfit.io.table.GridBlock;
import org.hillfit.io.table.GridCell;
import org.hillfit.io.table.GridHeader;
import org.hillfit.io.table.SpreadsheetTables;
import org.hillfit.io.table.TextRow;
import org.hillfit.io.table.TextTable;
import org.hillfit.plate.ChannelInfo;
import org.hillfit.plate.Plate;
import org.hillfit.plate.PlateBuilder;

/**
 * Generic plate matrices in CSV, TSV or XLSX: one grid per channel, each a column-number header line
 * ({@code ,1,2,…,24}) followed by row-letter lines. The channel is named by the nearest title above the grid (the
 * first cell of the closest non-blank line, or the header's corner cell); a title line {@code Plate: <name>} or
 * {@code Plate,<name>} starts a new plate, and each workbook sheet is a plate of its own.
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
        String text = sample.text();
        if (text.isEmpty()) {
            return 0;
        }
        int headers = 0;
        int labelledRows = 0;
        for (String line : text.split("\\R", 400)) {
            String squeezed = line.replaceAll("[\\s,;\"]+", ",").replaceAll("^,|,$", "");
            if (squeezed.matches("(<>,)?0?1,0?2,0?3(,\\d+)*")) {
                headers++;
            } else if (squeezed.matches("[A-Pa-p],[^,]+(,[^,]+){2,}")) {
                labelledRows++;
            }
        }
        if (headers == 0 || labelledRows < 2) {
            return 0;
        }
        return 0.5; // vendor importers claim their own files with more confidence
    }

    @Override
    public ImportResult read(Path file, ImportContext context) throws ImportException {
        byte[] head = DelimitedTables.readBytes(file, context);
        List<TextTable> tables = SpreadsheetTables.looksLikeWorkbook(head)
                ? SpreadsheetTables.read(file, context, Integer.MAX_VALUE)
                : List.of(DelimitedTables.read(file, context));
        String baseName = baseName(file);
        List<Plate> plates = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        for (TextTable table : tables) {
            String plateBase = table.isSpreadsheet() && tables.size() > 1 ? table.sheet() : baseName;
            readTable(table, plateBase, plates, problems);
        }
        if (plates.isEmpty()) {
            throw new ImportException(
                    tables.get(0).location(),
                    "no plate matrix found: expected a line of column"
                            + " numbers (1, 2, 3 …) followed by lines starting with row letters A, B, C …");
        }
        return new ImportResult(plates, problems);
    }

    private static void readTable(TextTable table, String plateBase, List<Plate> plates, List<ImportProblem> problems)
            throws ImportException {
        CellParser parser = CellParser.forTable(table);
        PlateBuilder plate = new PlateBuilder(plateBase);
        int r = 0;
        while (r < table.size()) {
            Optional<String> plateTitle = plateTitle(table.row(r));
            if (plateTitle.isPresent()) {
                flush(plate, plates);
                plate = new PlateBuilder(plateTitle.get());
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
            String channel = uniqueChannelName(plate, channelTitle(table, header.get()));
            PlateBuilder.ChannelBuilder builder =
                    plate.channel(channel).info(ChannelInfo.raw(java.util.Map.of(ChannelInfo.KEY_LABEL, channel)));
            for (GridCell cell : block.cells()) {
                MatrixCells.put(builder, cell, parser.parse(cell.text()), table, problems);
            }
            r = block.endRow();
        }
        flush(plate, plates);
    }

    private static void flush(PlateBuilder plate, List<Plate> plates) {
        if (!plate.isEmpty()) {
            plates.add(plate.build());
        }
    }

    private static Optional<String> plateTitle(TextRow row) {
        String first = row.first();
        String lower = first.toLowerCase(Locale.ROOT);
        if (lower.startsWith("plate:")) {
            return Optional.of(first.substring(6).strip()).filter(s -> !s.isEmpty());
        }
        if (lower.equals("plate") && row.nonBlankCount() >= 2) {
            return Optional.of(row.nonBlank().get(1));
        }
        return Optional.empty();
    }

    private static String channelTitle(TextTable table, GridHeader header) {
        String corner = header.firstCell() > 0 ? table.row(header.tableRow()).stripped(header.firstCell() - 1) : "";
        if (!corner.isEmpty() && !corner.equals("<>")) {
            return corner;
        }
        for (int r = header.tableRow() - 1; r >= 0 && r >= header.tableRow() - 3; r--) {
            TextRow row = table.row(r);
            if (!row.isBlank()) {
                return row.first();
            }
        }
        return "Channel";
    }

    private static String uniqueChannelName(PlateBuilder plate, String wanted) {
        String name = wanted.isBlank() ? "Channel" : wanted;
        if (!plate.hasChannel(name)) {
            return name;
        }
        int n = 2;
        while (plate.hasChannel(name + " " + n)) {
            n++;
        }
        return name + " " + n;
    }

    private static String baseName(Path file) {
        String name = String.valueOf(file.getFileName());
        int dot = name.indexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    static boolean isNumberOrMarker(CellValue value) {
        return value instanceof CellValue.Number || value instanceof CellValue.Marker;
    }
}
