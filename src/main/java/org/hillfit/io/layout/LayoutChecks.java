/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.layout;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.hillfit.plate.Concentration;
import org.hillfit.plate.LayoutSet;
import org.hillfit.plate.PlateLayout;
import org.hillfit.plate.WellContent;
import org.hillfit.plate.WellId;
import org.hillfit.plate.WellRole;

/**
 * Checks of a layout that is readable but may not be what the scientist meant. Each finding is a warning that
 * reaches the user with the results; none changes the layout:
 *
 * <ul>
 *   <li>no neutral or no inhibitor control wells (normalisation will fail unless the plates get another layout);
 *   <li>a compound with fewer than 4 distinct non-zero concentrations (a 4PL has 4 parameters; often a typo in a
 *       compound name);
 *   <li>sample wells at concentration 0: they are vehicle wells and join the neutral controls.
 * </ul>
 */
public final class LayoutChecks {
    /** Distinct doses a 4-parameter curve needs. */
    public static final int MIN_DOSES = 4;

    private LayoutChecks() {}

    /** Warnings for every layout of a set. */
    public static List<String> warnings(LayoutSet set, Path file) {
        List<String> warnings = new ArrayList<>();
        String name = String.valueOf(file.getFileName());
        set.shared().ifPresent(layout -> warnings.addAll(warnings(layout, name)));
        set.byPlate().forEach((plate, layout) -> warnings.addAll(warnings(layout, name + ", plate '" + plate + "'")));
        return warnings;
    }

    /**
     * Warnings for one layout.
     *
     * @param where how messages name the layout ("layout.csv, plate 'P1'")
     */
    public static List<String> warnings(PlateLayout layout, String where) {
        List<String> warnings = new ArrayList<>();
        Map<String, Set<Concentration>> doses = new LinkedHashMap<>();
        List<WellId> vehicle = new ArrayList<>();
        for (Map.Entry<WellId, WellContent> e : layout.wells().entrySet()) {
            WellContent c = e.getValue();
            if (c.role() != WellRole.SAMPLE) {
                continue;
            }
            Concentration dose = c.concentration().orElseThrow();
            if (dose.isZero()) {
                vehicle.add(e.getKey());
            } else {
                doses.computeIfAbsent(c.compound().orElseThrow(), k -> new TreeSet<>())
                        .add(dose);
            }
        }
        if (layout.wellsWithRole(WellRole.NEUTRAL).isEmpty() && vehicle.isEmpty()) {
            warnings.add(where + ": no neutral (0 % inhibition) control wells");
        }
        if (layout.wellsWithRole(WellRole.INHIBITOR).isEmpty()) {
            warnings.add(where + ": no inhibitor (100 % inhibition) control wells");
        }
        doses.forEach((compound, set) -> {
            if (set.size() < MIN_DOSES) {
                warnings.add(where + ": compound '" + compound + "' has " + set.size() + " concentration"
                        + (set.size() == 1 ? "" : "s") + "; a 4-parameter curve needs at least " + MIN_DOSES);
            }
        });
        if (!vehicle.isEmpty()) {
            warnings.add(where + ": " + vehicle.size() + " sample well(s) at concentration 0 (" + abbreviate(vehicle)
                    + ") are vehicle wells; they join the neutral controls and are not curve points");
        }
        return warnings;
    }

    private static String abbreviate(List<WellId> wells) {
        List<String> labels = wells.stream().limit(6).map(WellId::label).toList();
        return String.join(", ", labels) + (wells.size() > 6 ? ", …" : "");
    }
}
