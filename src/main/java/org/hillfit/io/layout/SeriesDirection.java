/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.layout;

import java.util.Locale;
import java.util.Optional;

/** Which way a dilution series runs on the plate. */
public enum SeriesDirection {
    /** Doses in successive columns of a row (A03, A04, …). */
    ALONG_ROWS,
    /** Doses in successive rows of a column (A03, B03, …). */
    ALONG_COLUMNS;

    /** "rows" or "columns". */
    public String slug() {
        return this == ALONG_ROWS ? "rows" : "columns";
    }

    /** Parses "rows", "along-rows", "horizontal", "columns", "along-columns", "vertical". */
    public static Optional<SeriesDirection> parse(String text) {
        String s = text.strip().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        return switch (s) {
            case "rows", "row", "along-rows", "horizontal" -> Optional.of(ALONG_ROWS);
            case "columns", "column", "cols", "along-columns", "vertical" -> Optional.of(ALONG_COLUMNS);
            default -> Optional.empty();
        };
    }
}
