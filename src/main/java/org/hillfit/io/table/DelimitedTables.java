/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.table;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.hillfit.io.ImportContext;
import org.hillfit.io.ImportException;
import org.hillfit.io.SourceLocation;

/**
 * Reads delimited text (CSV, semicolon CSV, TSV) of unknown encoding and delimiter into a {@link TextTable}.
 * Every line becomes a row, blank ones too, so line numbers in messages match what the user sees in an editor.
 */
public final class DelimitedTables {
    private static final char[] CANDIDATES = {'\t', ';', ','};

    private DelimitedTables() {}

    /**
     * Reads a file, detecting encoding and delimiter.
     *
     * @throws ImportException when the file is unreadable, over the size or line-length limits
     */
    public static TextTable read(Path file, ImportContext context) throws ImportException {
        DecodedText text = TextDecoding.decode(readBytes(file, context));
        return parse(file, text.text(), detectDelimiter(text.text()), context);
    }

    /** Reads all bytes of a file after checking the size limit. */
    public static byte[] readBytes(Path file, ImportContext context) throws ImportException {
        try {
            long size = Files.size(file);
            if (size > context.limits().maxFileBytes()) {
                throw new ImportException(
                        SourceLocation.of(file),
                        "the file is " + size + " bytes, over the limit of "
                                + context.limits().maxFileBytes() + " bytes");
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ImportException(SourceLocation.of(file), "cannot read the file (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Splits text into rows with a given delimiter. Quotes are honoured; if quoting is broken (a stray quote), the
     * text is re-read without quote handling rather than rejected.
     *
     * @throws ImportException when a line is longer than the limit or the table has too many cells
     */
    public static TextTable parse(Path file, String text, char delimiter, ImportContext context)
            throws ImportException {
        checkLineLengths(file, text, context.limits().maxLineChars());
        if (text.indexOf('"') < 0) {
            return splitLines(file, text, delimiter, context); // no quoting to honour: the fast path
        }
        try {
            return parse(file, text, delimiter, true, context);
        } catch (UncheckedIOException | IllegalStateException e) {
            return parse(file, text, delimiter, false, context); // unbalanced quote: read quotes literally
        }
    }

    /**
     * Splits text into rows with quotes read literally, for vendor exports that never quote (SoftMax Pro, Gen5): a
     * stray or paired {@code "} in a free-text note must not merge the lines between two quotes into one cell.
     *
     * @throws ImportException when a line is longer than the limit or the table has too many cells
     */
    public static TextTable parseUnquoted(Path file, String text, char delimiter, ImportContext context)
            throws ImportException {
        checkLineLengths(file, text, context.limits().maxLineChars());
        return splitLines(file, text, delimiter, context);
    }

    /**
     * Splits text without quotes into rows exactly as Commons CSV would (every line a row, a blank line one empty
     * cell, no row after a final line break), several times faster for the usual plate export.
     */
    static TextTable splitLines(Path file, String text, char delimiter, ImportContext context) throws ImportException {
        List<TextRow> rows = new ArrayList<>();
        long cells = 0;
        int start = 0;
        int line = 1;
        List<String> row = new ArrayList<>();
        while (start < text.length()) {
            int end = nextLineEnd(text, start);
            row.clear();
            int from = start;
            for (int i = start; i < end; i++) {
                if (text.charAt(i) == delimiter) {
                    row.add(text.substring(from, i));
                    from = i + 1;
                }
            }
            row.add(text.substring(from, end));
            cells += row.size();
            if (cells > context.limits().maxCellsPerTable()) {
                throw tooManyCells(file, line, context);
            }
            rows.add(new TextRow(line++, row));
            start = skipLineBreak(text, end);
        }
        return new TextTable(file, "", rows, delimiter);
    }

    private static ImportException tooManyCells(Path file, int line, ImportContext context) {
        return new ImportException(
                SourceLocation.line(file, line),
                "more than " + context.limits().maxCellsPerTable()
                        + " cells; the file is too large to be a plate export");
    }

    /** Splits with Commons CSV, honouring quotes or (for text with a stray quote) reading them literally. */
    static TextTable parse(Path file, String text, char delimiter, boolean quotes, ImportContext context)
            throws ImportException {
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(delimiter)
                .setQuote(quotes ? Character.valueOf('"') : null)
                .setIgnoreEmptyLines(false)
                .setTrim(false)
                .setAllowMissingColumnNames(true)
                .get();
        List<TextRow> rows = new ArrayList<>();
        long cells = 0;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            long previousLine = 0;
            for (CSVRecord record : parser) {
                int line = (int) previousLine + 1;
                previousLine = parser.getCurrentLineNumber();
                cells += record.size();
                if (cells > context.limits().maxCellsPerTable()) {
                    throw tooManyCells(file, line, context);
                }
                rows.add(new TextRow(line, record.toList()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TextTable(file, "", rows, delimiter);
    }

    /**
     * Guesses the delimiter: the candidate found on the most lines wins (ties: more occurrences). Commas between
     * digits do not count when another delimiter is present, since "1,5" is a decimal comma in semicolon files.
     */
    public static char detectDelimiter(String text) {
        int[] lines = new int[CANDIDATES.length];
        long[] totals = new long[CANDIDATES.length];
        int scanned = 0;
        int start = 0;
        while (start < text.length() && scanned < 400) {
            int end = nextLineEnd(text, start);
            String line = text.substring(start, end);
            start = skipLineBreak(text, end);
            if (line.isBlank()) {
                continue;
            }
            scanned++;
            for (int c = 0; c < CANDIDATES.length; c++) {
                int count = count(line, CANDIDATES[c]);
                if (CANDIDATES[c] == ',' && (count(line, ';') > 0 || count(line, '\t') > 0)) {
                    count -= digitCommaDigit(line);
                }
                if (count > 0) {
                    lines[c]++;
                    totals[c] += count;
                }
            }
        }
        int best = CANDIDATES.length - 1; // comma when nothing is found
        for (int c = 0; c < CANDIDATES.length; c++) {
            if (lines[c] > lines[best] || (lines[c] == lines[best] && totals[c] > totals[best])) {
                best = c;
            }
        }
        return CANDIDATES[best];
    }

    private static void checkLineLengths(Path file, String text, int maxChars) throws ImportException {
        int line = 1;
        int start = 0;
        while (start < text.length()) {
            int end = nextLineEnd(text, start);
            if (end - start > maxChars) {
                throw new ImportException(
                        SourceLocation.line(file, line),
                        "the line has " + (end - start) + " characters, over the limit of " + maxChars
                                + "; this is not a plate export");
            }
            start = skipLineBreak(text, end);
            line++;
        }
    }

    private static int nextLineEnd(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
        }
        return i;
    }

    private static int skipLineBreak(String text, int end) {
        if (end < text.length() && text.charAt(end) == '\r') {
            end++;
            if (end < text.length() && text.charAt(end) == '\n') {
                end++;
            }
            return end;
        }
        return end < text.length() ? end + 1 : end;
    }

    private static int count(String line, char c) {
        int n = 0;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    private static int digitCommaDigit(String line) {
        int n = 0;
        for (int i = 1; i + 1 < line.length(); i++) {
            if (line.charAt(i) == ','
                    && Character.isDigit(line.charAt(i - 1))
                    && Character.isDigit(line.charAt(i + 1))) {
                n++;
            }
        }
        return n;
    }
}
