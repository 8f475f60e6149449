/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.table;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Workbooks covering every kind of cell, for the XLSX reader tests: one written by POI (numbers, dates, booleans,
 * evaluated formulas, errors, shared and rich strings, blank rows and cells, several sheets) and one written by hand
 * with what POI never writes (inline strings with runs and phonetic guides, rows and cells without references,
 * {@code _xHHHH_} escapes).
 */
final class XlsxTestWorkbooks {
    private XlsxTestWorkbooks() {}

    /** The POI-written workbook: sheets "Numbers", "Text" and "Empty". */
    static Path poi(Path dir) throws IOException {
        Path file = dir.resolve("kinds.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(file)) {
            numbers(workbook);
            text(workbook);
            workbook.createSheet("Empty");
            XSSFFormulaEvaluator.evaluateAllFormulaCells(workbook); // cache the formula values, as Excel does
            workbook.write(out);
        }
        return file;
    }

    private static void numbers(XSSFWorkbook workbook) {
        Sheet sheet = workbook.createSheet("Numbers");
        Row first = sheet.createRow(0);
        double[] values = {0.1 + 0.2, 1e-12, 123456789.123, 42, -7.25, 1e21, 5.6789012345E-8, 5.67890123456E-8};
        for (int c = 0; c < values.length; c++) {
            first.createCell(c).setCellValue(values[c]);
        }
        CellStyle iso = workbook.createCellStyle();
        iso.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        CellStyle builtIn = workbook.createCellStyle();
        builtIn.setDataFormat((short) 14); // Excel's built-in short date, m/d/yy
        Row second = sheet.createRow(1);
        second.createCell(0).setCellValue(LocalDate.of(2026, 11, 5));
        second.getCell(0).setCellStyle(iso);
        second.createCell(1).setCellValue(LocalDate.of(2026, 11, 5));
        second.getCell(1).setCellStyle(builtIn);
        second.createCell(2).setCellValue(true);
        second.createCell(3).setCellValue(false);
        Row third = sheet.createRow(2);
        third.createCell(0).setCellFormula("D1*2");
        third.createCell(1).setCellFormula("\"IC\"&\"50\"");
        third.createCell(2).setCellFormula("1/0");
        third.createCell(3).setCellFormula("DATE(2026,11,5)");
        third.getCell(3).setCellStyle(iso);
        third.createCell(4).setCellFormula("D1>40");
        sheet.createRow(3).createCell(0).setCellErrorValue(FormulaError.NA.getCode());
        Row sixth = sheet.createRow(5); // row 5 is left out, as Excel leaves blank rows out
        sixth.createCell(0).setCellValue("after a blank row");
        sixth.createCell(3).setCellValue("gap");
        sixth.createCell(5).setCellStyle(iso); // a blank cell with only a style
    }

    private static void text(XSSFWorkbook workbook) {
        Sheet sheet = workbook.createSheet("Text");
        sheet.createRow(0).createCell(0).setCellValue("plain");
        XSSFRichTextString rich = new XSSFRichTextString("IC50 (nM)");
        XSSFFont bold = workbook.createFont();
        bold.setBold(true);
        rich.applyFont(0, 4, bold);
        sheet.createRow(1).createCell(0).setCellValue(rich);
        sheet.createRow(2).createCell(0).setCellValue("  padded  ");
        sheet.createRow(3).createCell(0).setCellValue("plain"); // the same shared string again
    }

    /** The hand-written workbook: one sheet "Hand", no styles, no shared strings. */
    static Path handWritten(Path dir) throws IOException {
        String main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        String rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        String pkgRel = "http://schemas.openxmlformats.org/package/2006/relationships";
        Map<String, String> parts = Map.of(
                "[Content_Types].xml",
                "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package"
                        + ".relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                        + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats"
                        + "-officedocument.spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/worksheets"
                        + "/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml"
                        + ".worksheet+xml\"/></Types>",
                "_rels/.rels",
                "<Relationships xmlns=\"" + pkgRel + "\"><Relationship Id=\"rId1\" Type=\"" + rel
                        + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>",
                "xl/workbook.xml",
                "<workbook xmlns=\"" + main + "\" xmlns:r=\"" + rel + "\"><sheets><sheet name=\"Hand\""
                        + " sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>",
                "xl/_rels/workbook.xml.rels",
                "<Relationships xmlns=\"" + pkgRel + "\"><Relationship Id=\"rId1\" Type=\"" + rel
                        + "/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>",
                "xl/worksheets/sheet1.xml",
                "<worksheet xmlns=\"" + main + "\"><sheetData>" + handRows() + "</sheetData></worksheet>");
        Path file = dir.resolve("hand.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (Map.Entry<String, String> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }

    /** Rows 1 and 3 numbered, row 4 not (it follows row 3); cells of row 4 without references. */
    private static String handRows() {
        return "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>inline</t></is></c>"
                + "<c r=\"B1\" t=\"inlineStr\"><is><r><rPr><b/></rPr><t>IC</t></r><r><t xml:space=\"preserve\">50 "
                + "</t></r><rPh sb=\"0\" eb=\"1\"><t>phonetic</t></rPh></is></c>"
                + "<c r=\"C1\" t=\"str\"><f>\"a\"&amp;\"b\"</f><v>line_x000D_break</v></c>"
                + "<c r=\"D1\"><f>1+1</f></c></row>"
                + "<row r=\"3\"><c r=\"B3\"><v>2.5</v></c><c r=\"C3\" t=\"b\"><v>1</v></c></row>"
                + "<row><c t=\"inlineStr\"><is><t>no reference</t></is></c><c><v>7</v></c></row>";
    }
}
