/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.table;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.hillfit.io.ImportContext;
import org.hillfit.io.ImportException;

/**
 * Reads a workbook through POI's usermodel ({@link WorkbookFactory}): the path for XLS (OLE2) files, including
 * password-protected workbooks, which POI recognises and refuses. XLSX goes through the faster {@link XlsxTables};
 * this reader is also the reference it is tested against.
 */
final class UserModelTables {
    private UserModelTables() {}

    /** Reads all sheets, in workbook order; library exceptions are left to {@link SpreadsheetTables} to explain. */
    static List<TextTable> read(Path file, ImportContext context, int maxRowsPerSheet)
            throws IOException, ImportException {
        try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            formatter.setUseCachedValuesForFormulaCells(true); // a date-formatted formula shows its value
            List<TextTable> tables = new ArrayList<>();
            for (Sheet sheet : workbook) {
                tables.add(readSheet(file, sheet, formatter, context, maxRowsPerSheet));
            }
            return tables;
        }
    }

    private static TextTable readSheet(
            Path file, Sheet sheet, DataFormatter formatter, ImportContext context, int maxRows)
            throws ImportException {
        SheetTableBuilder table = new SheetTableBuilder(file, sheet.getSheetName(), context);
        for (Row row : sheet) {
            if (row.getRowNum() >= maxRows) {
                break;
            }
            List<String> texts = new ArrayList<>();
            for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                Cell cell = row.getCell(c);
                texts.add(cell == null ? "" : text(cell, formatter));
            }
            table.addRow(row.getRowNum(), texts);
        }
        return table.build();
    }

    private static String text(Cell cell, DataFormatter formatter) {
        if (neverCalculated(cell)) {
            return ""; // POI would say 0: not a measured zero
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC ->
                DateUtil.isCellDateFormatted(cell)
                        ? formatter.formatCellValue(cell)
                        : NumberToTextConverter.toText(cell.getNumericCellValue());
            case STRING -> cell.getRichStringCellValue().getString();
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            case ERROR -> FormulaError.forInt(cell.getErrorCellValue()).getString();
            default -> "";
        };
    }

    /** An XLSX formula cell without a cached value (written by a program that never calculated it). */
    private static boolean neverCalculated(Cell cell) {
        return cell instanceof XSSFCell x
                && x.getCellType() == CellType.FORMULA
                && !x.getCTCell().isSetV();
    }
}
