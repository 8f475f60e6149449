/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.report;

import org.hillfit.job.SpreadsheetText;

/**
 * Text cells for CSV outputs that spreadsheets open: a cell starting with {@code = + - @}, tab or carriage return
 * would run as a formula in Excel or LibreOffice, so it gets a leading apostrophe (the OWASP recommendation).
 * Numbers are written by {@link NumberText} and never pass through here.
 */
public final class CsvText {
    private CsvText() {}

    /** The text made safe to open in a spreadsheet. */
    public static String safe(String text) {
        return SpreadsheetText.defuse(text);
    }
}
