/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.report;

import java.util.List;
import java.util.OptionalDouble;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.hillfit.fit.Qualifier;

/**
 * A sheet written as one table, row by row (so it streams): a bold header row that stays frozen, an autofilter,
 * column widths that fit the longest entry (within bounds), and print setup (landscape, fit to one page wide,
 * header row repeated, sheet name and page numbers in the footer). Text always goes into string cells.
 */
final class SheetTable {
    /** Width of a number cell, in characters, for column fitting. */
    private static final int NUMBER_WIDTH = 9;

    private final Sheet sheet;
    private final Styles styles;
    private final int headerRow;
    private final int[] widths;
    private final int[] maxWidths;
    private int next;

    /**
     * Starts the table at {@code firstRow} with a header row.
     *
     * @param maxWidths the widest each column may grow, in characters
     */
    SheetTable(Sheet sheet, Styles styles, int firstRow, List<String> header, int[] maxWidths) {
        this.sheet = sheet;
        this.styles = styles;
        this.headerRow = firstRow;
        this.widths = new int[header.size()];
        this.maxWidths = maxWidths.clone();
        Row row = sheet.createRow(firstRow);
        int lines = 1;
        for (int c = 0; c < header.size(); c++) {
            String name = header.get(c);
            Cell cell = row.createCell(c);
            cell.setCellValue(CellText.clean(name));
            cell.setCellStyle(styles.header);
            widths[c] = Math.min(Math.max(longestWord(name) + 2, name.length() / 2 + 4), maxWidths[c]);
            lines = Math.max(lines, wrappedLines(name, (widths[c] - 1) / 1.15));
        }
        // Set now: a streamed sheet writes rows out early, and data only ever widens the columns.
        row.setHeightInPoints(15f * Math.min(lines, 3));
        next = firstRow + 1;
    }

    Sheet sheet() {
        return sheet;
    }

    /** The next row. */
    Row nextRow() {
        return sheet.createRow(next++);
    }

    /** Index of the last row written. */
    int lastRow() {
        return next - 1;
    }

    /** A string cell (never a formula) in the default text style. */
    Cell text(Row row, int column, String value) {
        return text(row, column, value, styles.text);
    }

    /** A string cell (never a formula) in a style; empty text leaves the cell blank. */
    Cell text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(style);
        if (!value.isEmpty()) {
            String clean = CellText.clean(value);
            cell.setCellValue(clean);
            fit(
                    column,
                    (int) Math.ceil(clean.lines().mapToInt(String::length).max().orElse(0) * 1.1) + 1);
        }
        return cell;
    }

    /** A number cell; blank when the value is absent or not finite. */
    Cell number(Row row, int column, OptionalDouble value, CellStyle style) {
        return number(row, column, value.orElse(Double.NaN), style);
    }

    /** A number cell showing 3 significant digits and the qualifier (when not "="); blank when absent. */
    Cell significant(Row row, int column, OptionalDouble value, Qualifier qualifier) {
        double v = value.orElse(Double.NaN);
        return number(row, column, v, styles.significant(qualifier, v));
    }

    /** A number cell; blank when the value is not finite. */
    Cell number(Row row, int column, double value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(style);
        if (Double.isFinite(value)) {
            cell.setCellValue(value);
            fit(column, NUMBER_WIDTH);
        }
        return cell;
    }

    /** Makes a column at least this wide, in characters. */
    void fit(int column, int characters) {
        widths[column] = Math.max(widths[column], Math.min(characters + 1, maxWidths[column]));
    }

    /** Freezes the header (and {@code frozenColumns}), adds the autofilter, sets widths and print setup. */
    void finish(int frozenColumns) {
        sheet.createFreezePane(frozenColumns, headerRow + 1);
        sheet.setAutoFilter(new CellRangeAddress(headerRow, Math.max(headerRow, lastRow()), 0, widths.length - 1));
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, Math.max(4, widths[c]) * 256);
        }
        printSetup(sheet, headerRow);
    }

    /** Landscape, one page wide, the rows up to {@code headerRow} repeated, sheet name and page in the footer. */
    static void printSetup(Sheet sheet, int headerRow) {
        sheet.getPrintSetup().setLandscape(true);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        if (headerRow >= 0) {
            sheet.setRepeatingRows(new CellRangeAddress(0, headerRow, -1, -1));
        }
        sheet.getFooter().setLeft("Hillfit \u2013 &A");
        sheet.getFooter().setRight("page &P of &N");
    }

    /** Lines a text takes when wrapped at word boundaries to {@code width} characters. */
    static int wrappedLines(String text, double width) {
        int lines = 1;
        double used = 0;
        for (String word : text.split("\\s+")) {
            if (used > 0 && used + 1 + word.length() > width) {
                lines++;
                used = 0;
            }
            used += (used > 0 ? 1 : 0) + word.length();
        }
        return lines;
    }

    private static int longestWord(String text) {
        int longest = 0;
        for (String word : text.split("\\s+")) {
            longest = Math.max(longest, word.length());
        }
        return longest;
    }
}
