/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.util.CellReference;
import org.hillfit.io.ImportContext;
import org.hillfit.io.ImportException;
import org.hillfit.io.ImportLimits;
import org.hillfit.testing.PublicData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The streaming XLSX reader ({@link XlsxTables}) gives the tables POI's usermodel reader gives, on every workbook in
 * the project and the public exports, and the texts Excel shows for each kind of cell.
 */
class XlsxTablesTest {
    private static final ImportContext CONTEXT = ImportContext.defaults();
    private static final int ALL = Integer.MAX_VALUE;

    @TempDir
    Path dir;

    static List<Path> workbooks() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path root : List.of(Path.of("src/test/resources"), Path.of("sample-plates"), PublicData.folder())) {
            if (Files.isDirectory(root)) { // the public exports are absent on some machines
                try (Stream<Path> walk = Files.walk(root)) {
                    walk.filter(p -> p.toString().endsWith(".xlsx")).sorted().forEach(files::add);
                }
            }
        }
        return files;
    }

    @Test
    void theCorpusHoldsWorkbooksOfEveryKind() throws IOException {
        List<Path> files = workbooks();
        assertTrue(files.size() >= 7, files::toString); // the corpus, the sample plate, the damaged ones
        assertTrue(files.stream().anyMatch(p -> p.endsWith("xxe.xlsx")), files::toString);
    }

    @ParameterizedTest
    @MethodSource("workbooks")
    void streamingGivesTheUsermodelTablesForEveryWorkbook(Path file) {
        assertEquals(
                outcome(() -> UserModelTables.read(file, CONTEXT, ALL)),
                outcome(() -> XlsxTables.read(file, CONTEXT, ALL)));
    }

    @ParameterizedTest
    @MethodSource("workbooks")
    void streamingStopsAtTheRowLimitAsTheUsermodelDoes(Path file) {
        assertEquals(
                outcome(() -> UserModelTables.read(file, CONTEXT, 5)),
                outcome(() -> XlsxTables.read(file, CONTEXT, 5)));
    }

    @Test
    void bothReadersAgreeOnTheGeneratedWorkbooks() throws Exception {
        for (Path file : List.of(XlsxTestWorkbooks.poi(dir), XlsxTestWorkbooks.handWritten(dir))) {
            assertEquals(
                    outcome(() -> UserModelTables.read(file, CONTEXT, ALL)),
                    outcome(() -> XlsxTables.read(file, CONTEXT, ALL)));
        }
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            # sheet | cell | text
            # numbers as Excel writes them as text: 15 significant digits, so 0.1 + 0.2 is 0.3 (the values are
            # from the table in NumberToTextConverter's Javadoc and Excel's own display)
            Numbers | A1   | 0.3
            Numbers | B1   | 0.000000000001
            Numbers | C1   | 123456789.123
            Numbers | D1   | 42
            Numbers | E1   | -7.25
            Numbers | F1   | 1E+21
            Numbers | G1   | 0.000000056789012345
            Numbers | H1   | 5.67890123456E-08
            # dates in their own format and in Excel's built-in short date, then booleans
            Numbers | A2   | 2026-11-05
            Numbers | B2   | 11/5/26
            Numbers | C2   | TRUE
            Numbers | D2   | FALSE
            # formulas give their cached values: number, string, error, date, boolean
            Numbers | A3   | 84
            Numbers | B3   | IC50
            Numbers | C3   | #DIV/0!
            Numbers | D3   | 2026-11-05
            Numbers | E3   | TRUE
            # an error cell
            Numbers | A4   | #N/A
            # shared strings, rich text joined, spaces kept
            Text    | A1   | plain
            Text    | A2   | IC50 (nM)
            Text    | A3   | '  padded  '
            Text    | A4   | plain
            """)
    void eachKindOfCellReadsAsExcelShowsIt(String sheet, String cell, String text) throws Exception {
        assertEquals(text, cellText(XlsxTables.read(XlsxTestWorkbooks.poi(dir), CONTEXT, ALL), sheet, cell));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            # inline strings: plain, and rich runs without their phonetic guide
            A1 | inline
            B1 | 'IC50 '
            # a cached string formula with an escaped carriage return
            C1 | line{CR}break
            # a formula never calculated: no value, not a measured zero
            D1 | ''
            # row 3 numbered, row 4 not: it follows row 3, and its cells follow each other
            B3 | 2.5
            C3 | TRUE
            A4 | no reference
            B4 | 7
            """)
    void handWrittenSheetsReadAsExcelShowsThem(String cell, String text) throws Exception {
        String expected = text.replace("{CR}", "\r");
        assertEquals(
                expected, cellText(XlsxTables.read(XlsxTestWorkbooks.handWritten(dir), CONTEXT, ALL), "Hand", cell));
    }

    @Test
    void sheetsComeInWorkbookOrder() throws Exception {
        List<TextTable> tables = XlsxTables.read(XlsxTestWorkbooks.poi(dir), CONTEXT, ALL);
        assertEquals(
                List.of("Numbers", "Text", "Empty"),
                tables.stream().map(TextTable::sheet).toList());
        assertEquals(List.of(), tables.get(2).rows());
    }

    @Test
    void blankRowsAreKeptSoRowNumbersStayTrue() throws Exception {
        List<TextRow> rows =
                XlsxTables.read(XlsxTestWorkbooks.poi(dir), CONTEXT, ALL).get(0).rows();
        assertEquals(List.of(1, 2, 3, 4, 5, 6), rows.stream().map(TextRow::line).toList());
        assertEquals(List.of(), rows.get(4).cells());
    }

    @Test
    void gapsAndStyledBlankCellsReadAsEmptyCells() throws Exception {
        TextRow row = XlsxTables.read(XlsxTestWorkbooks.poi(dir), CONTEXT, ALL)
                .get(0)
                .rows()
                .get(5);
        assertEquals(List.of("after a blank row", "", "", "gap", "", ""), row.cells());
    }

    @Test
    void theRowLimitStopsReading() throws Exception {
        List<TextRow> rows =
                XlsxTables.read(XlsxTestWorkbooks.poi(dir), CONTEXT, 2).get(0).rows();
        assertEquals(List.of(1, 2), rows.stream().map(TextRow::line).toList());
    }

    @Test
    void aSheetOverTheCellLimitIsRefusedWithItsRow() throws Exception {
        // rows 1 and 2 hold 8 + 4 cells, within the limit of 12; row 3 brings 5 more
        ImportContext small = new ImportContext(new ImportLimits(1 << 20, 12, 1000), CONTEXT.cancellation());
        Path file = XlsxTestWorkbooks.poi(dir);
        ImportException e = assertThrows(ImportException.class, () -> SpreadsheetTables.read(file, small, ALL));
        assertEquals("kinds.xlsx, sheet 'Numbers', row 3: more than 12 cells in one sheet", e.getMessage());
    }

    private static String cellText(List<TextTable> tables, String sheet, String cell) {
        CellReference ref = new CellReference(cell);
        TextTable table =
                tables.stream().filter(t -> t.sheet().equals(sheet)).findFirst().orElseThrow();
        return table.rows().get(ref.getRow()).cell(ref.getCol());
    }

    /** What a reader made of a file: each sheet's name and rows, or that it refused the file. */
    private static String outcome(Read read) {
        try {
            StringBuilder s = new StringBuilder();
            for (TextTable table : read.tables()) {
                s.append("sheet ").append(table.sheet()).append('\n');
                table.rows()
                        .forEach(row -> s.append(row.line()).append(row.cells()).append('\n'));
            }
            return s.toString();
        } catch (Exception e) {
            return "refused"; // both readers must refuse a damaged file; the messages come from SpreadsheetTables
        }
    }

    @FunctionalInterface
    private interface Read {
        List<TextTable> tables() throws Exception;
    }
}
