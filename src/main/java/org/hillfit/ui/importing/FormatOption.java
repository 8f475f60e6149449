/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.importing;

import java.util.Objects;

/**
 * A format a file can be read with, as offered in the import dialog.
 *
 * @param id the importer id, or {@code auto} for detection
 * @param label what the list shows ("EnVision CSV · 95 %")
 */
public record FormatOption(String id, String label) {
    public FormatOption {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
    }

    @Override
    public String toString() {
        return label;
    }
}
