/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.results;

import java.util.Comparator;
import java.util.Objects;

/**
 * A cell of the summary tables (the selectivity pivot, the replicates, the reference runs).
 *
 * @param text what is shown and copied ("12.3", "&gt;10000", "&gt;400", "undetermined")
 * @param value the number behind the text (IC50 in nM, a fold, a pIC50), for sorting; NaN for text
 * @param style the style class that colours the cell ("fold-high", "cell-bad" …); empty for none
 * @param detail a longer text for the tooltip (the fold's 95 % CI, curves combined); may be empty
 */
public record PivotCell(String text, double value, String style, String detail) implements Comparable<PivotCell> {
    /** An empty cell. */
    public static final PivotCell EMPTY = new PivotCell("", Double.NaN, "", "");

    private static final Comparator<PivotCell> ORDER = Comparator.comparing((PivotCell c) -> Double.isNaN(c.value))
            .thenComparingDouble(c -> Double.isNaN(c.value) ? 0 : c.value)
            .thenComparing(c -> c.text, String.CASE_INSENSITIVE_ORDER);

    public PivotCell {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(style, "style");
        Objects.requireNonNull(detail, "detail");
    }

    /** A text cell. */
    public static PivotCell of(String text, String detail) {
        return new PivotCell(text, Double.NaN, "", detail);
    }

    /** A number cell without colour. */
    public static PivotCell number(String text, double value, String detail) {
        return new PivotCell(text, value, "", detail);
    }

    /**
     * A fold cell, coloured by its value: "fold-high" (≥ 100×), "fold-mid" (≥ 10×) or "fold-low" (under 10×).
     */
    public static PivotCell fold(String text, double fold, String detail) {
        String style = Double.isNaN(fold) ? "" : fold >= 100 ? "fold-high" : fold >= 10 ? "fold-mid" : "fold-low";
        return new PivotCell(text, fold, style, detail);
    }

    /** A text cell coloured by a style class. */
    public static PivotCell styled(String text, String style, String detail) {
        return new PivotCell(text, Double.NaN, style, detail);
    }

    /** The style class that colours the cell; empty for none. */
    public String styleClass() {
        return style;
    }

    @Override
    public int compareTo(PivotCell other) {
        return ORDER.compare(this, other);
    }
}
