/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.plate;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Which well holds what: role, compound and concentration per well. Wells the layout does not mention are empty.
 *
 * @param wells contents by well
 */
public record PlateLayout(Map<WellId, WellContent> wells) {

    public PlateLayout {
        wells = Collections.unmodifiableMap(new TreeMap<>(wells));
    }

    /** What a well holds; {@link WellRole#EMPTY} for wells the layout does not mention. */
    public WellContent content(WellId well) {
        WellContent content = wells.get(well);
        return content != null ? content : WellContent.of(WellRole.EMPTY);
    }

    /** Wells with a role, in plate order. */
    public List<WellId> wellsWithRole(WellRole role) {
        return wells.entrySet().stream()
                .filter(e -> e.getValue().role() == role)
                .map(Map.Entry::getKey)
                .toList();
    }

    /** Compound names of sample wells in order of first appearance (plate order). */
    public Set<String> compounds() {
        Set<String> names = new LinkedHashSet<>();
        wells.values().stream().filter(c -> c.role() == WellRole.SAMPLE).forEach(c -> c.compound()
                .ifPresent(names::add));
        return names;
    }

    /** The smallest plate format that holds every well of the layout. */
    public Optional<PlateFormat> minimalFormat() {
        int rows = wells.keySet().stream().mapToInt(w -> w.rowIndex() + 1).max().orElse(1);
        int columns = wells.keySet().stream().mapToInt(WellId::column).max().orElse(1);
        return PlateFormat.smallestContaining(rows, columns);
    }
}
