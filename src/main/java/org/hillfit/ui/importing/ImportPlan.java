/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.importing;

import java.util.List;
import java.util.Objects;
import org.hillfit.result.InputSpec;

/**
 * What the user asked to import: the files (in order) and the layout.
 *
 * @param rows the files to import
 * @param layout where the layout comes from
 */
public record ImportPlan(List<ImportFileRow> rows, LayoutSpec layout) {
    public ImportPlan {
        rows = List.copyOf(rows);
        Objects.requireNonNull(layout, "layout");
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("an import needs at least one file");
        }
    }

    /** The inputs, in row order. */
    public List<InputSpec> inputs() {
        return rows.stream().map(ImportFileRow::spec).toList();
    }
}
