/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.formats;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hillfit.io.table.GridCell;
import org.hillfit.plate.PlateFormat;

/** One part of an EnVision export found by {@link EnvisionScanner}: a plate information row or a result block. */
sealed interface EnvisionEvent {

    /**
     * Which plate a reading belongs to: the {@code Plate} and {@code Repeat} columns.
     *
     * @param plate plate number (1 when unknown)
     * @param repeat repeat number (1 when unknown)
     */
    record PlateKey(int plate, int repeat) {
        /** The plate of unnumbered results. */
        static final PlateKey FIRST = new PlateKey(1, 1);

        /** Reads the columns' texts; anything that is not a positive integer counts as 1. */
        static PlateKey parse(String plateText, String repeatText) {
            return new PlateKey(positive(plateText), positive(repeatText));
        }

        private static int positive(String text) {
            String t = text.strip();
            if (t.matches("\\d{1,6}")) {
                return Math.max(1, Integer.parseInt(t));
            }
            return 1;
        }
    }

    /**
     * One line under a {@code Plate information} header.
     *
     * @param line 1-based line in the file
     * @param values cell text by header name (as written), in column order
     */
    record PlateInfo(int line, Map<String, String> values) implements EnvisionEvent {
        public PlateInfo {
            values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }

        /** The plate and repeat this line describes. */
        PlateKey key() {
            return PlateKey.parse(value("Plate"), value("Repeat"));
        }

        /** A column's text by header name (case-insensitive), "" when absent or "N/A". */
        String value(String header) {
            for (Map.Entry<String, String> e : values.entrySet()) {
                if (e.getKey().equalsIgnoreCase(header)) {
                    String v = e.getValue().strip();
                    return v.equalsIgnoreCase("N/A") ? "" : v;
                }
            }
            return "";
        }
    }

    /**
     * One block of readings.
     *
     * @param title the title line ("Calculated results: Calc 1: …", "Results for … - channel 1 window 1 (Counts)"),
     *     the column header of a list, or "" for a bare matrix whose identity comes from its plate information
     * @param cells the cells, each with its well and line
     * @param format the plate format the block's shape implies, when it implies one
     * @param line 1-based line of the title (or of the first value line)
     * @param plate the plate named in the block itself (list exports); empty when plate information tells
     */
    record Result(String title, List<GridCell> cells, Optional<PlateFormat> format, int line, Optional<PlateKey> plate)
            implements EnvisionEvent {
        public Result {
            cells = List.copyOf(cells);
        }
    }
}
