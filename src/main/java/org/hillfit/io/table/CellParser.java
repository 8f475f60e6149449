/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.table;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.hillfit.plate.WellFlag;
import org.hillfit.plate.WellMarker;

/**
 * Parses data cells of instrument exports: numbers with decimal point or (where the delimiter allows) decimal
 * comma, and the markers readers write instead of numbers. Unlike {@link Double#parseDouble} it never accepts
 * "NaN", "Infinity", hex or a trailing 'd'; a value that overflows a double becomes an OVERFLOW marker and a
 * non-zero value too small for a double (1e-400) an UNDERFLOW marker, never a silent infinity or zero.
 */
public final class CellParser {
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d{1,4})?");
    private static final Pattern COMMA_NUMBER = Pattern.compile("[+-]?\\d+,\\d+([eE][+-]?\\d{1,4})?");
    private static final Pattern BOUND = Pattern.compile("([<>])\\s*[+-]?(\\d+([.,]\\d*)?|[.,]\\d+)([eE][+-]?\\d+)?");

    private static final Map<String, WellFlag> MARKERS = Map.ofEntries(
            Map.entry("overflow", WellFlag.OVERFLOW),
            Map.entry("ovrflw", WellFlag.OVERFLOW),
            Map.entry("over", WellFlag.OVERFLOW),
            Map.entry("sat", WellFlag.OVERFLOW),
            Map.entry("saturated", WellFlag.OVERFLOW),
            Map.entry("underflow", WellFlag.UNDERFLOW),
            Map.entry("under", WellFlag.UNDERFLOW),
            Map.entry("range?", WellFlag.OUT_OF_RANGE),
            Map.entry("?????", WellFlag.OUT_OF_RANGE),
            Map.entry("out of range", WellFlag.OUT_OF_RANGE),
            Map.entry("oor", WellFlag.OUT_OF_RANGE),
            Map.entry("error", WellFlag.INVALID),
            Map.entry("err", WellFlag.INVALID),
            Map.entry("path?", WellFlag.INVALID),
            Map.entry("invalid", WellFlag.INVALID),
            Map.entry("#value!", WellFlag.INVALID),
            Map.entry("#div/0!", WellFlag.INVALID),
            Map.entry("missed", WellFlag.MISSED),
            Map.entry("missing", WellFlag.MISSED),
            Map.entry("n/a", WellFlag.NOT_AVAILABLE),
            Map.entry("na", WellFlag.NOT_AVAILABLE),
            Map.entry("#n/a", WellFlag.NOT_AVAILABLE),
            Map.entry("nan", WellFlag.NOT_AVAILABLE),
            Map.entry("-", WellFlag.NOT_AVAILABLE),
            Map.entry("--", WellFlag.NOT_AVAILABLE));

    private final boolean decimalComma;

    private CellParser(boolean decimalComma) {
        this.decimalComma = decimalComma;
    }

    /** Decimal point only (comma-delimited files, where "1,5" cannot be one cell). */
    public static CellParser decimalPoint() {
        return new CellParser(false);
    }

    /** Decimal point, and also "0,5" as a decimal comma (semicolon- and tab-delimited files, spreadsheets). */
    public static CellParser decimalPointOrComma() {
        return new CellParser(true);
    }

    /** The parser suited to a table's delimiter. */
    public static CellParser forTable(TextTable table) {
        return table.allowsDecimalComma() ? decimalPointOrComma() : decimalPoint();
    }

    /** Parses one cell. */
    public CellValue parse(String raw) {
        String s = raw.strip();
        if (s.isEmpty()) {
            return CellValue.BLANK;
        }
        if (NUMBER.matcher(s).matches()) {
            return number(s, s);
        }
        if (decimalComma && COMMA_NUMBER.matcher(s).matches()) {
            return number(s.replace(',', '.'), s);
        }
        WellFlag flag = MARKERS.get(s.toLowerCase(Locale.ROOT));
        if (flag != null) {
            return new CellValue.Marker(new WellMarker(flag, s));
        }
        if (BOUND.matcher(s).matches()) {
            return new CellValue.Marker(new WellMarker(s.charAt(0) == '>' ? WellFlag.OVERFLOW : WellFlag.UNDERFLOW, s));
        }
        return new CellValue.Text(s);
    }

    /** True when the text is a number this parser accepts. */
    public boolean isNumber(String raw) {
        return parse(raw) instanceof CellValue.Number;
    }

    /** True when the text is a known instrument marker (OVRFLW, Range?, >3141492). */
    public static boolean isMarker(String raw) {
        return decimalPoint().parse(raw) instanceof CellValue.Marker;
    }

    private static boolean hasNonZeroMantissa(String number) {
        for (int i = 0; i < number.length(); i++) {
            char c = number.charAt(i);
            if (c == 'e' || c == 'E') {
                return false;
            }
            if (c >= '1' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    private static CellValue number(String javaSyntax, String original) {
        double v = Double.parseDouble(javaSyntax);
        if (Double.isInfinite(v)) {
            return new CellValue.Marker(new WellMarker(WellFlag.OVERFLOW, original));
        }
        if (v == 0 && hasNonZeroMantissa(javaSyntax)) {
            return new CellValue.Marker(new WellMarker(WellFlag.UNDERFLOW, original)); // 1e-400: not a true zero
        }
        return new CellValue.Number(v == 0 ? 0.0 : v); // no negative zero in outputs
    }
}
