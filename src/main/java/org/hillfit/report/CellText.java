/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.report;

import java.util.regex.Pattern;

/**
 * Text made safe for a spreadsheet cell. Written as a string cell it can never become a formula, whatever it starts
 * with ({@code = + - @}); here it also loses what XML 1.0 cannot hold (control characters other than tab, line
 * feed and carriage return become U+FFFD), is cut to Excel's 32,767-character limit, and has any literal
 * {@code _xHHHH_} escaped as {@code _x005F_xHHHH_}: OOXML readers (Excel, LibreOffice, POI) decode such sequences
 * as characters, so "_x0041_" would otherwise read back as "A".
 */
final class CellText {
    /** Excel's limit on the characters of one cell. */
    static final int MAX_LENGTH = 32_767;

    private static final Pattern ESCAPE = Pattern.compile("_(x[0-9A-Fa-f]{4}_)");

    private CellText() {}

    static String clean(String text) {
        StringBuilder clean = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean bad = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE || c == 0xFFFF;
            if (bad && clean == null) {
                clean = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (clean != null) {
                clean.append(bad ? '\uFFFD' : c);
            }
        }
        String result = clean == null ? text : clean.toString();
        if (result.contains("_x")) {
            result = ESCAPE.matcher(result).replaceAll("_x005F_$1");
        }
        return result.length() > MAX_LENGTH ? result.substring(0, MAX_LENGTH - 1) + "\u2026" : result;
    }
}
