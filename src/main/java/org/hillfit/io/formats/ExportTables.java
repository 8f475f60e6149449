/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.formats;

import java.nio.file.Path;
import java.util.List;
import org.hillfit.io.ImportContext;
import org.hillfit.io.ImportException;
import org.hillfit.io.table.DelimitedTables;
import org.hillfit.io.table.SpreadsheetTables;
import org.hillfit.io.table.TextDecoding;
import org.hillfit.io.table.TextTable;

/** Reads an export that may be a workbook (by content, whatever the extension) or delimited text of any encoding. */
final class ExportTables {
    private ExportTables() {}

    /**
     * Every sheet of a workbook, or the one table of a text file (encoding and delimiter detected).
     *
     * @param quoted true to honour CSV quotes in text, false for exports that never quote (their quotes are text)
     * @throws ImportException when the file is unreadable or breaks a limit
     */
    static List<TextTable> read(Path file, ImportContext context, boolean quoted) throws ImportException {
        byte[] bytes = DelimitedTables.readBytes(file, context);
        if (SpreadsheetTables.looksLikeWorkbook(bytes)) {
            return SpreadsheetTables.read(file, context, Integer.MAX_VALUE);
        }
        String text = TextDecoding.decode(bytes).text();
        char delimiter = DelimitedTables.detectDelimiter(text);
        return List.of(
                quoted
                        ? DelimitedTables.parse(file, text, delimiter, context)
                        : DelimitedTables.parseUnquoted(file, text, delimiter, context));
    }
}
