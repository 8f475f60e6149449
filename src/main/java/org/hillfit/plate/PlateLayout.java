/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.plate;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which well holds what: role, compound and concentration per well, and flags the plate's preparation put on wells
 * (a failed dispenser transfer). Wells the layout does not mention are empty.
 *
 * @param wells contents by well
 * @param flags wells the preparation flagged, by well; every flagged well is also listed in {@code wells}
 */
public record PlateLayout(Map<WellId, WellContent> wells, Map<WellId, WellMarker> flags) {

    public PlateLayout {
        wells = Collections.unmodifiableMap(new TreeMap<>(wells));
        flags = Collections.unmodifiableMap(new TreeMap<>(flags));
        for (WellId well : flags.keySet()) {
            if (!wells.containsKey(well)) {
                throw new IllegalArgumentException("well " + well + " is flagged ("
                        + flags.get(well).flag().slug() + ") but not in the layout");
            }
        }
    }

    /** A layout without flags. */
    public PlateLayout(Map<WellId, WellContent> wells) {
        this(wells, Map.of());
    }

    /** What a well holds; {@link WellRole#EMPTY} for wells the layout does not mention. */
    public WellContent content(WellId well) {
        WellContent content = wells.get(well);
        return content != null ? content : WellContent.of(WellRole.EMPTY);
    }

    /** The preparation flag of a well (e.g. a failed transfer), if any. */
    public Optional<WellMarker> flag(WellId well) {
        return Optional.ofNullable(flags.get(well));
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

    /** The concentration units the layout uses, in unit order (M first); the report states them. */
    public Set<ConcentrationUnit> units() {
        Set<ConcentrationUnit> units = new TreeSet<>();
        wells.values().forEach(c -> c.concentration().ifPresent(conc -> units.add(conc.unit())));
        return units;
    }

    /** The smallest plate format that holds every well of the layout. */
    public Optional<PlateFormat> minimalFormat() {
        int rows = wells.keySet().stream().mapToInt(w -> w.rowIndex() + 1).max().orElse(1);
        int columns = wells.keySet().stream().mapToInt(WellId::column).max().orElse(1);
        return PlateFormat.smallestContaining(rows, columns);
    }

    /** Wells of the layout that lie outside a plate format, in plate order. */
    public List<WellId> wellsOutside(PlateFormat format) {
        return wells.keySet().stream().filter(w -> !format.contains(w)).toList();
    }

    /** A copy with one more flag (replacing any on the same well). */
    public PlateLayout withFlag(WellId well, WellMarker marker) {
        Map<WellId, WellMarker> copy = new TreeMap<>(flags);
        copy.put(well, marker);
        return new PlateLayout(wells, copy);
    }
}
