/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.analysis;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Normalisation to a reference compound instead of the inhibitor controls: the reference's full effect defines
 * 100 %. Use it when the inhibitor control is not a true 100 % (e.g. "no enzyme" wells that sit below any
 * inhibitor's floor) and the assay's convention is "efficacy relative to the reference".
 *
 * <ul>
 *   <li>{@link Mode#PLATEAU}: 100 % is the control statistic (median or mean) of the reference's wells at its
 *       highest dose; 0 % stays the neutral controls. Needs no fit; right when the reference saturates at its top
 *       dose.
 *   <li>{@link Mode#FITTED}: the plate is first normalised to its controls, the reference is fitted, and the scale
 *       is then stretched so that the fitted bottom becomes 0 % and the fitted top 100 %. The reference's own
 *       curve then runs from 0 to 100. If the reference cannot be fitted the plate is an error, not silently left
 *       on the control scale.
 * </ul>
 *
 * Plate QC (Z', S:B, CVs) always uses the controls, whatever the scale.
 *
 * @param compound the reference compound's name as the layout writes it
 * @param mode fitted asymptotes or highest-dose plateau
 */
public record ReferenceScaling(String compound, Mode mode) {

    /** How the reference defines the scale. */
    public enum Mode {
        FITTED,
        PLATEAU;

        /** "fitted" or "plateau". */
        public String slug() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** Parses a slug, case-insensitively. */
        public static Optional<Mode> parse(String text) {
            String s = text.strip().toLowerCase(Locale.ROOT);
            for (Mode m : values()) {
                if (m.slug().equals(s)) {
                    return Optional.of(m);
                }
            }
            return Optional.empty();
        }
    }

    public ReferenceScaling {
        Objects.requireNonNull(mode, "mode");
        compound = compound.strip();
        if (compound.isEmpty()) {
            throw new IllegalArgumentException("the reference compound needs a name");
        }
    }
}
