/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.layout;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hillfit.io.ImportContext;
import org.hillfit.io.ImportException;
import org.hillfit.io.SourceLocation;
import org.hillfit.io.table.DecodedText;
import org.hillfit.io.table.DelimitedTables;
import org.hillfit.io.table.SpreadsheetTables;
import org.hillfit.io.table.TextDecoding;
import org.hillfit.io.table.TextRow;
import org.hillfit.io.table.TextTable;
import org.hillfit.plate.LayoutSet;
import org.hillfit.plate.PlateLayout;

/**
 * The one entry point for layout files. It tells the form from the content, never from the file name:
 *
 * <ul>
 *   <li>a layout template ({@link LayoutTemplateFile}, a line {@code format = hillfit-layout-template/1}): the
 *       dilution rule it holds is expanded into a layout;
 *   <li>a long table (CSV, TSV or a workbook sheet) whose first non-blank line names a {@code well} column: read by
 *       {@link LongLayoutReader};
 *   <li>titled plate grids (CSV/TSV with several grids, or a workbook with one grid per sheet): read by the grid
 *       reader.
 * </ul>
 *
 * An Echo transfer log is recognised and refused with a hint (it needs a source map and the assay volume: {@code
 * hillfit layout echo}). Warnings (ignored sheets or grids, suspicious layouts) travel in {@link
 * LayoutSet#warnings()}.
 */
public final class LayoutReaders {
    private LayoutReaders() {}

    /**
     * Reads any supported layout file.
     *
     * @throws ImportException naming the file, line or well and what was expected
     */
    public static LayoutSet read(Path file, ImportContext context) throws ImportException {
        byte[] bytes = DelimitedTables.readBytes(file, context);
        List<TextTable> tables;
        if (SpreadsheetTables.looksLikeWorkbook(bytes)) {
            tables = SpreadsheetTables.read(file, context, Integer.MAX_VALUE);
        } else {
            DecodedText text = TextDecoding.decode(bytes);
            if (LayoutTemplateFile.isTemplate(text.text())) {
                LayoutTemplate template = LayoutTemplateFile.parse(file, text.text());
                PlateLayout layout;
                try {
                    layout = template.rule().layout();
                } catch (IllegalArgumentException e) {
                    throw new ImportException(SourceLocation.of(file), e.getMessage(), e);
                }
                return LayoutSet.of(layout)
                        .withWarnings(LayoutChecks.warnings(
                                layout, file.getFileName() + " (template '" + template.name() + "')"));
            }
            if (EchoLogReader.looksLikeEchoLog(text.text())) {
                throw new ImportException(
                        SourceLocation.of(file),
                        "this is an Echo transfer log, not a layout; make a layout from it with 'hillfit layout"
                                + " echo LOG --source-map MAP.csv --assay-volume 20uL -o layout.csv'");
            }
            tables = List.of(
                    DelimitedTables.parse(file, text.text(), DelimitedTables.detectDelimiter(text.text()), context));
        }
        List<String> warnings = new ArrayList<>();
        LayoutSet set = read(file, tables, warnings);
        return set.withWarnings(warnings).withWarnings(LayoutChecks.warnings(set, file));
    }

    private static LayoutSet read(Path file, List<TextTable> tables, List<String> warnings) throws ImportException {
        List<TextTable> longTables =
                tables.stream().filter(LayoutReaders::isLong).toList();
        if (!longTables.isEmpty()) {
            TextTable chosen = longTables.get(0);
            for (TextTable other : tables) {
                if (other != chosen && other.rows().stream().anyMatch(r -> !r.isBlank())) {
                    warnings.add(other.location() + ": sheet ignored; the layout is read from the long sheet '"
                            + chosen.sheet() + "'");
                }
            }
            return LongLayoutReader.readSet(chosen);
        }
        List<TextTable> gridTables =
                tables.stream().filter(GridLayoutReader::hasGrids).toList();
        if (!gridTables.isEmpty()) {
            return GridLayoutReader.read(gridTables, warnings);
        }
        throw new ImportException(
                SourceLocation.of(file),
                "not a plate layout: expected a header line 'well,role,compound,concentration,unit' or titled plate"
                        + " grids (role, compound, concentration) of column numbers 1, 2, 3 … and row letters A, B,"
                        + " C …");
    }

    private static boolean isLong(TextTable table) {
        for (TextRow row : table.rows()) {
            if (!row.isBlank() && !row.first().startsWith("#")) {
                return LongLayoutReader.isHeader(row);
            }
        }
        return false;
    }
}
