/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Where in an input something was found: the file, and when known the sheet, the 1-based line and the well.
 *
 * @param file the input file
 * @param sheet sheet name for spreadsheets, empty for text files
 * @param line 1-based line (text) or row (spreadsheet); 0 when unknown
 * @param well well label such as "B07", empty when not about one well
 */
public record SourceLocation(Path file, String sheet, int line, String well) {

    public SourceLocation {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(sheet, "sheet");
        Objects.requireNonNull(well, "well");
        if (line < 0) {
            throw new IllegalArgumentException("line must be ≥ 0; got " + line);
        }
    }

    /** The whole file. */
    public static SourceLocation of(Path file) {
        return new SourceLocation(file, "", 0, "");
    }

    /** A line of a text file. */
    public static SourceLocation line(Path file, int line) {
        return new SourceLocation(file, "", line, "");
    }

    /** The same place, about one well. */
    public SourceLocation withWell(String wellLabel) {
        return new SourceLocation(file, sheet, line, wellLabel);
    }

    /** The same file at another line. */
    public SourceLocation atLine(int newLine) {
        return new SourceLocation(file, sheet, newLine, well);
    }

    /** The line, when known. */
    public Optional<Integer> knownLine() {
        return line > 0 ? Optional.of(line) : Optional.empty();
    }

    /** "plate.csv, sheet 'Results', line 12, well B07" — the form every user-facing message uses. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(String.valueOf(file.getFileName() != null ? file.getFileName() : file));
        if (!sheet.isEmpty()) {
            s.append(", sheet '").append(sheet).append('\'');
        }
        if (line > 0) {
            s.append(sheet.isEmpty() ? ", line " : ", row ").append(line);
        }
        if (!well.isEmpty()) {
            s.append(", well ").append(well);
        }
        return s.toString();
    }
}
