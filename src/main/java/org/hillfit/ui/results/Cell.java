/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.results;

import java.util.Comparator;
import java.util.Objects;

/**
 * A table cell: the text people see and, for numbers, the value it sorts by. Numeric cells sort by value with
 * empty cells last; text cells sort alphabetically, ignoring case.
 *
 * @param text what is shown and copied
 * @param value the number behind the text; NaN for text cells and empty numbers
 */
public record Cell(String text, double value) implements Comparable<Cell> {
    private static final Comparator<Cell> ORDER = Comparator.comparing((Cell c) -> Double.isNaN(c.value))
            .thenComparingDouble(c -> Double.isNaN(c.value) ? 0 : c.value)
            .thenComparing(c -> c.text, String.CASE_INSENSITIVE_ORDER);

    public Cell {
        Objects.requireNonNull(text, "text");
    }

    /** A text cell. */
    public static Cell text(String text) {
        return new Cell(text, Double.NaN);
    }

    @Override
    public int compareTo(Cell other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return text;
    }
}
