/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.apache.poi.xssf.usermodel.XSSFShape;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** Reading back what the report wrote. */
final class Workbooks {
    private Workbooks() {}

    /** The pictures of a sheet. */
    static List<XSSFPicture> pictures(Sheet sheet) {
        List<XSSFPicture> pictures = new ArrayList<>();
        XSSFDrawing drawing = ((XSSFSheet) sheet).getDrawingPatriarch();
        if (drawing == null) {
            return pictures;
        }
        for (XSSFShape shape : drawing.getShapes()) {
            if (shape instanceof XSSFPicture p) {
                pictures.add(p);
            }
        }
        return pictures;
    }

    /** The header row's texts. */
    static List<String> header(Sheet sheet) {
        List<String> names = new ArrayList<>();
        for (Cell cell : sheet.getRow(0)) {
            names.add(cell.getStringCellValue());
        }
        return names;
    }

    /** The column index of a header. */
    static int column(Sheet sheet, String name) {
        int c = header(sheet).indexOf(name);
        if (c < 0) {
            throw new AssertionError("no column '" + name + "' in " + header(sheet));
        }
        return c;
    }

    /** The cell text, or its number as a string, "" for blank/missing. */
    static String text(Row row, int column) {
        Cell cell = row.getCell(column);
        if (cell == null || cell.getCellType() == CellType.BLANK) {
            return "";
        }
        return cell.getCellType() == CellType.NUMERIC
                ? Double.toString(cell.getNumericCellValue())
                : cell.getStringCellValue();
    }

    /** The XML of every worksheet part of an xlsx file, concatenated. */
    static String worksheetXml(Path xlsx) throws IOException {
        StringBuilder xml = new StringBuilder();
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                if (entry.getName().startsWith("xl/worksheets/sheet")) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        xml.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
            }
        }
        return xml.toString();
    }
}
