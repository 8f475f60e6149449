/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.results;

import java.util.Comparator;
import java.util.Objects;

/**
 * A cell of the selectivity pivot.
 *
 * @param text what is shown and copied ("12.3", "&gt;10000", "&gt;400", "undetermined")
 * @param value the IC50 in nM or the fold behind the text, for sorting; NaN for text
 * @param fold true for a fold cell (coloured by its value)
 * @param detail a longer text for the tooltip (the fold's 95 % CI, curves combined); may be empty
 */
public record PivotCell(String text, double value, boolean fold, String detail) implements Comparable<PivotCell> {
    /** An empty cell. */
    public static final PivotCell EMPTY = new PivotCell("", Double.NaN, false, "");

    private static final Comparator<PivotCell> ORDER = Comparator.comparing((PivotCell c) -> Double.isNaN(c.value))
            .thenComparingDouble(c -> Double.isNaN(c.value) ? 0 : c.value)
            .thenComparing(c -> c.text, String.CASE_INSENSITIVE_ORDER);

    public PivotCell {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(detail, "detail");
    }

    /** A text cell. */
    public static PivotCell of(String text, String detail) {
        return new PivotCell(text, Double.NaN, false, detail);
    }

    /** "fold-high" (≥ 100×), "fold-mid" (≥ 10×) or "fold-low" (under 10×) for fold cells; empty otherwise. */
    public String styleClass() {
        if (!fold || Double.isNaN(value)) {
            return "";
        }
        return value >= 100 ? "fold-high" : value >= 10 ? "fold-mid" : "fold-low";
    }

    @Override
    public int compareTo(PivotCell other) {
        return ORDER.compare(this, other);
    }
}
