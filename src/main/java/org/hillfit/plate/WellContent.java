/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.plate;

import java.util.Objects;
import java.util.Optional;

/**
 * What the layout says one well holds.
 *
 * @param role the well's role
 * @param compound the compound name (required for samples; optional for controls, e.g. the reference inhibitor)
 * @param concentration the final concentration (required for samples)
 */
public record WellContent(WellRole role, Optional<String> compound, Optional<Concentration> concentration) {

    public WellContent {
        Objects.requireNonNull(role, "role");
        compound = compound.map(String::strip).filter(s -> !s.isEmpty());
        Objects.requireNonNull(concentration, "concentration");
        if (role == WellRole.SAMPLE && (compound.isEmpty() || concentration.isEmpty())) {
            throw new IllegalArgumentException(
                    "a sample well needs a compound and a concentration; got " + compound.orElse("no compound") + " at "
                            + concentration.map(Object::toString).orElse("no dose"));
        }
    }

    /** A sample well. */
    public static WellContent sample(String compound, Concentration concentration) {
        return new WellContent(WellRole.SAMPLE, Optional.of(compound), Optional.of(concentration));
    }

    /** A control or empty well without compound. */
    public static WellContent of(WellRole role) {
        return new WellContent(role, Optional.empty(), Optional.empty());
    }
}
