/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.plate;

import java.util.Optional;

/**
 * A well position: a row (A–Z, then AA–AF on 1536-well plates) and a column from 1.
 *
 * @param rowIndex 0-based row (0 = A, 25 = Z, 26 = AA, 31 = AF)
 * @param column 1-based column (1–48)
 */
public record WellId(int rowIndex, int column) implements Comparable<WellId> {

    /** The largest row index any supported plate has (AF). */
    public static final int MAX_ROW_INDEX = 31;
    /** The largest column any supported plate has. */
    public static final int MAX_COLUMN = 48;

    public WellId {
        if (rowIndex < 0 || rowIndex > MAX_ROW_INDEX) {
            throw new IllegalArgumentException("well rows run A–AF; got row index " + rowIndex);
        }
        if (column < 1 || column > MAX_COLUMN) {
            throw new IllegalArgumentException("well columns run 1–" + MAX_COLUMN + "; got column " + column);
        }
    }

    /** A well from a row label ("A", "p", "AF") and a column number. */
    public static WellId of(String rowLabel, int column) {
        int row = rowIndexOf(rowLabel)
                .orElseThrow(() -> new IllegalArgumentException("not a plate row (A–Z, AA–AF): '" + rowLabel + "'"));
        return new WellId(row, column);
    }

    /**
     * Parses "A1", "A01", "A001", "p24", "AF48" (letters case-insensitive, surrounding blanks ignored).
     *
     * @throws IllegalArgumentException with the offending text when it is not a well ID
     */
    public static WellId parse(String text) {
        return tryParse(text)
                .orElseThrow(() -> new IllegalArgumentException(
                        "expected a well ID such as A1, A01 or AF48; got '" + text.strip() + "'"));
    }

    /** Like {@link #parse} but empty instead of an exception. */
    public static Optional<WellId> tryParse(String text) {
        String s = text.strip();
        int letters = 0;
        while (letters < s.length() && isAsciiLetter(s.charAt(letters))) {
            letters++;
        }
        if (letters == 0 || letters > 2 || letters == s.length() || s.length() - letters > 3) {
            return Optional.empty();
        }
        int column = 0;
        for (int i = letters; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return Optional.empty();
            }
            column = column * 10 + (c - '0');
        }
        Optional<Integer> row = rowIndexOf(s.substring(0, letters));
        if (row.isEmpty() || column < 1 || column > MAX_COLUMN) {
            return Optional.empty();
        }
        return Optional.of(new WellId(row.get(), column));
    }

    /** Row index of a label: A–Z → 0–25, AA–AF → 26–31 (case-insensitive). */
    public static Optional<Integer> rowIndexOf(String label) {
        String s = label.strip().toUpperCase(java.util.Locale.ROOT);
        if (s.length() == 1 && s.charAt(0) >= 'A' && s.charAt(0) <= 'Z') {
            return Optional.of(s.charAt(0) - 'A');
        }
        if (s.length() == 2 && s.charAt(0) == 'A' && s.charAt(1) >= 'A' && s.charAt(1) <= 'F') {
            return Optional.of(26 + s.charAt(1) - 'A');
        }
        return Optional.empty();
    }

    /** Label of a row index: 0 → "A", 26 → "AA". */
    public static String rowLabel(int rowIndex) {
        return rowIndex < 26 ? String.valueOf((char) ('A' + rowIndex)) : "A" + (char) ('A' + rowIndex - 26);
    }

    /** This well's row label. */
    public String rowLabel() {
        return rowLabel(rowIndex);
    }

    /** Zero-padded form used in every output: "A01", "P24", "AF48". */
    public String label() {
        return rowLabel() + (column < 10 ? "0" : "") + column;
    }

    /** Unpadded form: "A1". */
    public String compactLabel() {
        return rowLabel() + column;
    }

    @Override
    public int compareTo(WellId other) {
        return rowIndex != other.rowIndex
                ? Integer.compare(rowIndex, other.rowIndex)
                : Integer.compare(column, other.column);
    }

    @Override
    public String toString() {
        return label();
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }
}
