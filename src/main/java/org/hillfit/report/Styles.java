/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.report;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.hillfit.fit.Qualifier;

/**
 * The cell styles of the report, created once per workbook (number styles on first use). A concentration or fold
 * cell holds the stored value and displays {@link ResultFormat#SIGNIFICANT_DIGITS} significant digits through a
 * format chosen for its magnitude ({@code 0.0123} → "0.0000"); a qualified value shows its qualifier as part of the
 * format ({@code ">"0}), so the cell stays a sortable number and still reads "&gt;10000".
 */
final class Styles {
    /** Excel's "Good", "Neutral" and "Bad" fills and fonts: green, amber, red. */
    static final String GOOD_FILL = "C6EFCE";

    static final String GOOD_FONT = "006100";
    static final String NEUTRAL_FILL = "FFEB9C";
    static final String NEUTRAL_FONT = "9C5700";
    static final String BAD_FILL = "FFC7CE";
    static final String BAD_FONT = "9C0006";

    private static final int MAX_DECIMALS = 10;

    final CellStyle header;
    final CellStyle text;
    final CellStyle wrapped;
    final CellStyle section;
    final CellStyle label;
    final CellStyle muted;
    final CellStyle mutedNumber;
    final CellStyle link;
    final CellStyle centred;
    final CellStyle integer;
    final CellStyle general;
    final CellStyle decimal1;
    final CellStyle decimal2;
    final CellStyle decimal3;
    final CellStyle good;
    final CellStyle neutral;
    final CellStyle bad;
    private final Workbook workbook;
    private final DataFormat format;
    private final Font font;
    private final Font base;
    private final Map<String, CellStyle> numbers = new HashMap<>();

    Styles(Workbook workbook) {
        this.workbook = workbook;
        this.format = workbook.createDataFormat();
        this.font = workbook.getFontAt(0);
        // Every style names its font explicitly: LibreOffice renders the workbook's default font 0 through its own
        // substitution and named fonts through another, so mixing them mixes faces.
        this.base = font(workbook);
        header = workbook.createCellStyle();
        Font bold = font(workbook);
        bold.setBold(true);
        header.setFont(bold);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.TOP);
        header.setBorderBottom(BorderStyle.THIN);
        fill(header, "F2F2F2");
        text = workbook.createCellStyle();
        text.setFont(base);
        text.setVerticalAlignment(VerticalAlignment.TOP);
        wrapped = workbook.createCellStyle();
        wrapped.cloneStyleFrom(text);
        wrapped.setWrapText(true);
        section = workbook.createCellStyle();
        Font large = font(workbook);
        large.setBold(true);
        large.setFontHeightInPoints((short) 13);
        section.setFont(large);
        label = workbook.createCellStyle();
        label.setFont(large);
        label.setVerticalAlignment(VerticalAlignment.TOP);
        label.setWrapText(true);
        centred = workbook.createCellStyle();
        centred.cloneStyleFrom(text);
        centred.setAlignment(HorizontalAlignment.CENTER);
        muted = workbook.createCellStyle();
        muted.cloneStyleFrom(text);
        XSSFFont grey = (XSSFFont) font(workbook);
        grey.setItalic(true);
        grey.setColor(new XSSFColor(new byte[] {0x70, 0x70, 0x70}, null));
        muted.setFont(grey);
        mutedNumber = workbook.createCellStyle();
        mutedNumber.cloneStyleFrom(muted);
        mutedNumber.setDataFormat(format.getFormat("0.00"));
        link = workbook.createCellStyle();
        link.cloneStyleFrom(text);
        XSSFFont blue = (XSSFFont) font(workbook);
        blue.setUnderline(Font.U_SINGLE);
        blue.setColor(new XSSFColor(new byte[] {0x05, 0x63, (byte) 0xC1}, null));
        link.setFont(blue);
        integer = number(workbook, format, "0");
        general = number(workbook, format, "General");
        decimal1 = number(workbook, format, "0.0");
        decimal2 = number(workbook, format, "0.00");
        decimal3 = number(workbook, format, "0.000");
        good = verdict(workbook, GOOD_FILL, GOOD_FONT);
        neutral = verdict(workbook, NEUTRAL_FILL, NEUTRAL_FONT);
        bad = verdict(workbook, BAD_FILL, BAD_FONT);
    }

    /**
     * A style showing {@code value} with {@link ResultFormat#SIGNIFICANT_DIGITS} significant digits (all integer
     * digits from 1000 up), the qualifier in front when it is not "=".
     */
    CellStyle significant(Qualifier qualifier, double value) {
        return significant(qualifier, value, ResultFormat.SIGNIFICANT_DIGITS);
    }

    /** A style showing {@code value} with {@code digits} significant digits, the qualifier in front when not "=". */
    CellStyle significant(Qualifier qualifier, double value, int digits) {
        int decimals = 0;
        if (Double.isFinite(value) && value != 0) {
            decimals = digits - 1 - (int) Math.floor(Math.log10(Math.abs(value)));
        }
        return fixed(qualifier, Math.max(0, Math.min(MAX_DECIMALS, decimals)));
    }

    /** A style with a fixed number of decimals, the qualifier in front when it is not "=". */
    CellStyle fixed(Qualifier qualifier, int decimals) {
        String pattern = prefix(qualifier) + (decimals == 0 ? "0" : "0." + "0".repeat(decimals));
        return numbers.computeIfAbsent(pattern, p -> number(workbook, format, p));
    }

    /** The number format pattern of {@link #fixed}. */
    static String prefix(Qualifier qualifier) {
        return qualifier == Qualifier.EQUAL ? "" : "\"" + qualifier.symbol() + "\"";
    }

    /** A new font like the workbook's default one, so every cell renders in the same face and size. */
    private Font font(Workbook wb) {
        return like(wb, font);
    }

    /**
     * A new font with the face, size and family of {@code model}, without a theme scheme: the workbook has no theme,
     * and LibreOffice would then render a "minor scheme" font in its fallback face instead of the named one.
     */
    private static Font like(Workbook wb, Font model) {
        XSSFFont f = (XSSFFont) wb.createFont();
        f.setFontName(model.getFontName());
        f.setFontHeight(model.getFontHeight());
        if (model instanceof XSSFFont x) {
            f.setFamily(x.getFamily());
        }
        return f;
    }

    private CellStyle number(Workbook workbook, DataFormat format, String pattern) {
        CellStyle style = workbook.createCellStyle();
        style.setFont(base);
        style.setDataFormat(format.getFormat(pattern));
        style.setVerticalAlignment(VerticalAlignment.TOP);
        return style;
    }

    private static CellStyle verdict(Workbook workbook, String fillHex, String fontHex) {
        CellStyle style = workbook.createCellStyle();
        style.setVerticalAlignment(VerticalAlignment.TOP);
        fill(style, fillHex);
        XSSFFont colour = (XSSFFont) like(workbook, workbook.getFontAt(0));
        colour.setColor(new XSSFColor(rgb(fontHex), null));
        style.setFont(colour);
        return style;
    }

    private static void fill(CellStyle style, String hex) {
        ((XSSFCellStyle) style).setFillForegroundColor(new XSSFColor(rgb(hex), null));
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }

    /** "C6EFCE" → its three bytes. */
    static byte[] rgb(String hex) {
        int v = Integer.parseInt(hex, 16);
        return new byte[] {(byte) (v >> 16), (byte) (v >> 8), (byte) v};
    }
}
