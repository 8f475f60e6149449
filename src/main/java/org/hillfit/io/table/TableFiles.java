/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.table;

import java.nio.file.Path;
import java.util.List;
import org.hillfit.io.ImportContext;
import org.hillfit.io.ImportException;

/** Opens a file as tables, whatever it is: every sheet of a workbook, or the one table of a delimited text file. */
public final class TableFiles {
    private TableFiles() {}

    /**
     * Reads the file once (after checking the size limit) and returns its tables: each sheet of an XLSX/XLS
     * workbook (recognised by content, not by extension) or the delimited text with detected encoding and
     * delimiter.
     *
     * @throws ImportException when the file is unreadable or breaks a limit of the context
     */
    public static List<TextTable> read(Path file, ImportContext context) throws ImportException {
        return read(file, context, true);
    }

    /**
     * As {@link #read}, for exports that never quote their text cells: a quote character is part of the cell text.
     *
     * @throws ImportException when the file is unreadable or breaks a limit of the context
     */
    public static List<TextTable> readUnquoted(Path file, ImportContext context) throws ImportException {
        return read(file, context, false);
    }

    private static List<TextTable> read(Path file, ImportContext context, boolean quoted) throws ImportException {
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
