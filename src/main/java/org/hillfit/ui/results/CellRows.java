/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.results;

import java.util.List;
import java.util.Objects;

/**
 * The content of a summary table as shown: column titles and one list of cells per row, in header order.
 *
 * @param header column titles
 * @param rows one list of cells per row, each as long as the header
 */
public record CellRows(List<String> header, List<List<PivotCell>> rows) {
    /** No columns, no rows. */
    public static final CellRows EMPTY = new CellRows(List.of(), List.of());

    public CellRows {
        header = List.copyOf(Objects.requireNonNull(header, "header"));
        rows = rows.stream().map(List::copyOf).toList();
        for (List<PivotCell> row : rows) {
            if (row.size() != header.size()) {
                throw new IllegalArgumentException(
                        "each row needs " + header.size() + " cells, one per column; got " + row.size());
            }
        }
    }

    /** The table as tab-separated text with the header line. */
    public String tsv() {
        return TsvText.of(
                header,
                rows.stream().map(r -> r.stream().map(PivotCell::text).toList()).toList());
    }
}
