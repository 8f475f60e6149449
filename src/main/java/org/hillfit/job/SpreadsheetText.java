/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.job;

/**
 * Text for delimited files that people open in spreadsheets. A cell starting with {@code = + - @}, tab or carriage
 * return would run as a formula in Excel or LibreOffice (CSV injection), so it is written with a leading apostrophe,
 * the OWASP recommendation, and read back without it. One rule for every writer: the report's CSVs and the layout
 * files, which live in layers that cannot see each other, both use it.
 */
public final class SpreadsheetText {
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private SpreadsheetText() {}

    /** The text made safe to open in a spreadsheet: a leading apostrophe when it could start a formula. */
    public static String defuse(String text) {
        return isFormulaLike(text) ? "'" + text : text;
    }

    /** The text as it was before {@link #defuse}: one leading apostrophe before a formula character removed. */
    public static String restore(String text) {
        return text.length() > 1 && text.charAt(0) == '\'' && isFormulaLike(text.substring(1))
                ? text.substring(1)
                : text;
    }

    private static boolean isFormulaLike(String text) {
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0;
    }
}
