/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.table;

import java.util.Arrays;
import java.util.Locale;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.ExcelNumberFormat;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.jspecify.annotations.Nullable;

/**
 * Which cell styles of an XLSX show numbers as dates, and the date text for those cells, exactly as the usermodel
 * reader gives them ({@code DataFormatter} in {@link Locale#ROOT}). Every other number is written at full precision
 * as {@code NumberToTextConverter} writes it. Answers are cached per style index: POI parses a date format's code
 * each time it is asked.
 */
final class XlsxCellFormats {
    private static final byte UNKNOWN = 0;
    private static final byte NUMBER = 1;
    private static final byte DATE = 2;

    private final XlsxStyles styles;
    private final boolean date1904;
    private byte[] kinds = new byte[0];
    private @Nullable DataFormatter formatter;

    /**
     * @param styles the number formats of the workbook's cell styles
     * @param date1904 whether serial dates count from 1904
     */
    XlsxCellFormats(XlsxStyles styles, boolean date1904) {
        this.styles = styles;
        this.date1904 = date1904;
    }

    /**
     * The style a cell is shown with, as POI's usermodel picks it: its own {@code s} index when that names a style,
     * otherwise its column's default style.
     *
     * @param explicit the cell's {@code s} attribute, or −1 when absent
     * @param columnStyle the column's default style index (0 when the column has none)
     */
    int styleOf(int explicit, int columnStyle) {
        return explicit >= 0 && explicit < styles.count() ? explicit : columnStyle;
    }

    /** The text of a number shown with the given style: a formatted date, or full precision. */
    String numberText(double value, int style) {
        if (isDate(style) && DateUtil.isValidExcelDate(value)) {
            ExcelNumberFormat format = styles.format(style);
            return formatter().formatRawCellContents(value, format.getIdx(), format.getFormat(), date1904);
        }
        return NumberToTextConverter.toText(value);
    }

    private boolean isDate(int style) {
        if (style < 0 || style >= styles.count()) {
            return false; // names no style: shown as a plain number
        }
        if (style >= kinds.length) {
            kinds = Arrays.copyOf(kinds, Math.max(style + 1, kinds.length * 2));
        }
        if (kinds[style] == UNKNOWN) {
            kinds[style] = DateUtil.isADateFormat(styles.format(style)) ? DATE : NUMBER;
        }
        return kinds[style] == DATE;
    }

    private DataFormatter formatter() {
        if (formatter == null) {
            formatter = new DataFormatter(Locale.ROOT); // built on the first date only: most exports have none
        }
        return formatter;
    }
}
