/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.table;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One line of a delimited file or one row of a sheet.
 *
 * @param line 1-based line (or sheet row) number, for messages
 * @param cells the cells, as text, not stripped
 */
public record TextRow(int line, List<String> cells) {

    public TextRow {
        cells = List.copyOf(cells);
    }

    /** The cell at a 0-based index, or "" past the end. */
    public String cell(int index) {
        return index >= 0 && index < cells.size() ? cells.get(index) : "";
    }

    /** The stripped cell at a 0-based index, or "". */
    public String stripped(int index) {
        return cell(index).strip();
    }

    /** Number of cells, trailing empty ones included. */
    public int size() {
        return cells.size();
    }

    /** True when every cell is blank. */
    public boolean isBlank() {
        return cells.stream().allMatch(String::isBlank);
    }

    /** Index of the first non-blank cell, or −1. */
    public int firstNonBlank() {
        for (int i = 0; i < cells.size(); i++) {
            if (!cells.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    /** Index of the last non-blank cell, or −1. */
    public int lastNonBlank() {
        for (int i = cells.size() - 1; i >= 0; i--) {
            if (!cells.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    /** Number of non-blank cells. */
    public int nonBlankCount() {
        return (int) cells.stream().filter(c -> !c.isBlank()).count();
    }

    /** The first non-blank cell, stripped, or "". */
    public String first() {
        int i = firstNonBlank();
        return i < 0 ? "" : cells.get(i).strip();
    }

    /** The non-blank cells, stripped, in order. */
    public List<String> nonBlank() {
        return cells.stream().filter(c -> !c.isBlank()).map(String::strip).toList();
    }

    /**
     * The plate name of a plate title line, "Plate: NAME" (one cell) or "Plate" and NAME (two cells), which
     * starts a plate's grids in matrix exports and in grid layouts alike; empty for any other line.
     */
    public Optional<String> plateTitle() {
        String first = first();
        String lower = first.toLowerCase(Locale.ROOT);
        if (lower.startsWith("plate:")) {
            return Optional.of(first.substring(6).strip()).filter(s -> !s.isEmpty());
        }
        if (lower.equals("plate") && nonBlankCount() == 2) {
            return Optional.of(nonBlank().get(1));
        }
        return Optional.empty();
    }
}
