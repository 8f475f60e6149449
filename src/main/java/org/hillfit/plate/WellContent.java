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

    /** In words: "sample HF-001 10 µM" (the dose in its most readable unit, exactly), "neutral", "empty". */
    public String describe() {
        StringBuilder text = new StringBuilder(role.slug());
        compound.ifPresent(c -> text.append(' ').append(c));
        concentration.ifPresent(c -> text.append(' ').append(c.readable()));
        return text.toString();
    }

    /** True when both hold the same: same role and compound, the same dose in any unit (10 µM = 10000 nM). */
    public boolean isEquivalent(WellContent other) {
        return role == other.role
                && compound.equals(other.compound)
                && concentration.isPresent() == other.concentration.isPresent()
                && concentration
                        .map(c -> c.compareTo(other.concentration.orElseThrow()) == 0)
                        .orElse(true);
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
