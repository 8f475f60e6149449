/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.layout;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.hillfit.io.ImportException;
import org.hillfit.io.SourceLocation;
import org.hillfit.plate.LayoutSet;
import org.hillfit.plate.PlateLayout;
import org.hillfit.plate.WellContent;
import org.hillfit.plate.WellId;
import org.hillfit.plate.WellMarker;

/** Collects one layout's wells and flags while a reader walks a file. */
final class LayoutAccumulator {
    private final Map<WellId, WellContent> wells = new TreeMap<>();
    private final Map<WellId, WellMarker> flags = new TreeMap<>();

    /** Adds a well; false when it is already there. */
    boolean put(WellId well, WellContent content) {
        return wells.putIfAbsent(well, content) == null;
    }

    void flag(WellId well, WellMarker marker) {
        flags.put(well, marker);
    }

    boolean isEmpty() {
        return wells.isEmpty();
    }

    PlateLayout build() {
        return new PlateLayout(wells, flags);
    }

    /** The layout set of accumulated layouts by plate key; the key "" is the shared layout. */
    static LayoutSet toSet(Map<String, LayoutAccumulator> byKey, SourceLocation where) throws ImportException {
        Optional<PlateLayout> shared = Optional.ofNullable(byKey.get("")).map(LayoutAccumulator::build);
        Map<String, PlateLayout> byPlate = new LinkedHashMap<>();
        byKey.forEach((key, layout) -> {
            if (!key.isEmpty()) {
                byPlate.put(key, layout.build());
            }
        });
        try {
            return new LayoutSet(shared, byPlate, List.of());
        } catch (IllegalArgumentException e) {
            throw new ImportException(where, e.getMessage(), e);
        }
    }
}
