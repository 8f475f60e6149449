/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.table;

import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.xml.sax.Attributes;

/**
 * The text of one XLSX cell, fed by {@link XlsxSheetHandler} with the cell's XML events, written as the usermodel
 * reader writes it: numbers at full precision (dates as {@code DataFormatter} shows them), strings shared or inline
 * (rich-text runs joined, phonetic guides left out, {@code _xHHHH_} escapes decoded), TRUE/FALSE, error strings
 * such as {@code #DIV/0!} as Excel wrote them (also those POI does not know, such as Excel 365's {@code #SPILL!},
 * where the usermodel gives up on the whole workbook), and for formulas the value Excel cached. A formula without a
 * cached number (a workbook written by a program that never calculated it) reads as "", like a value-less cell:
 * POI's usermodel says 0 there, which would enter the plate as a measured zero.
 */
final class XlsxCellText {
    private final XlsxSharedStrings strings;
    private final XlsxCellFormats formats;
    private final StringBuilder value = new StringBuilder();
    private final StringBuilder plain = new StringBuilder();
    private final StringBuilder runs = new StringBuilder();
    private String type = "n";
    private int explicitStyle;
    private boolean hasValue;
    private boolean hasInline;
    private boolean hasRuns;
    private boolean inValue;
    private boolean inRun;
    private boolean inText;
    private int phonetic;

    XlsxCellText(XlsxSharedStrings strings, XlsxCellFormats formats) {
        this.strings = strings;
        this.formats = formats;
    }

    /** Starts a cell from its {@code <c>} attributes. */
    void start(Attributes attributes) {
        String t = attributes.getValue("t");
        type = t == null ? "n" : t;
        explicitStyle = XlsxSheetHandler.number(attributes.getValue("s"), -1);
        hasValue = hasInline = hasRuns = inValue = inRun = inText = false;
        phonetic = 0;
        value.setLength(0);
        plain.setLength(0);
        runs.setLength(0);
    }

    void startElement(String localName, Attributes attributes) {
        switch (localName) {
            case "v" -> {
                hasValue = inValue = true;
                value.setLength(0);
            }
            case "is" -> hasInline = true;
            case "r" -> hasRuns = inRun = hasInline;
            case "rPh" -> phonetic++;
            case "t" -> inText = hasInline && phonetic == 0;
            default -> {}
        }
    }

    void endElement(String localName) {
        switch (localName) {
            case "v" -> inValue = false;
            case "r" -> inRun = false;
            case "rPh" -> phonetic--;
            case "t" -> inText = false;
            default -> {}
        }
    }

    void characters(char[] ch, int start, int length) {
        if (inValue) {
            value.append(ch, start, length);
        } else if (inText) {
            (inRun ? runs : plain).append(ch, start, length);
        }
    }

    /**
     * The finished cell's text.
     *
     * @param columnStyle the column's default style, used when the cell names none
     * @throws IllegalStateException for a cell type or number POI's usermodel cannot read either
     */
    String text(int columnStyle) {
        String v = hasValue ? value.toString() : "";
        return switch (type) {
            case "n" -> number(v, columnStyle);
            case "s" -> hasValue ? strings.text(v) : "";
            case "str" -> decode(v);
            case "inlineStr" -> decode(hasInline ? (hasRuns ? runs : plain).toString() : v);
            case "b" -> v.equals("1") ? "TRUE" : "FALSE";
            case "e" -> hasValue ? v : FormulaError.NULL.getString(); // no code reads as 0, #NULL!, in POI
            default -> throw new IllegalStateException("Illegal cell type: " + type);
        };
    }

    private String number(String v, int columnStyle) {
        if (v.isEmpty()) {
            return ""; // a blank cell that only carries a style, or a formula never calculated
        }
        double number;
        try {
            number = Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new IllegalStateException("Cannot get a NUMERIC value from a STRING cell", e);
        }
        return formats.numberText(number, formats.styleOf(explicitStyle, columnStyle));
    }

    /** Decodes Excel's {@code _xHHHH_} escapes through POI, on the rare strings that have one. */
    private static String decode(String text) {
        return text.contains("_x") ? new XSSFRichTextString(text).getString() : text;
    }
}
