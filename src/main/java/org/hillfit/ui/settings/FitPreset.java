/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.settings;

import java.util.Arrays;
import java.util.Optional;
import org.hillfit.fit.FitOptions;

/** The fit settings offered in the Analysis menu, each a named preset of {@link FitOptions}. */
public enum FitPreset {
    STANDARD("Standard 4PL", FitOptions.DEFAULT),
    HILL_FIXED_AT_ONE("Hill slope fixed at 1", FitOptions.HILL_FIXED_AT_ONE),
    BOTTOM_FIXED_AT_ZERO("Bottom fixed at 0 %", FitOptions.BOTTOM_FIXED_AT_ZERO),
    PLATEAUS_FIXED_AT_CONTROLS("Plateaus fixed at the controls (0 / 100 %)", FitOptions.PLATEAUS_FIXED_AT_CONTROLS),
    PLATEAUS_BOUNDED("Plateaus bounded (−20 … 120 %)", FitOptions.PLATEAUS_BOUNDED),
    ROBUST("Robust fit (bisquare)", FitOptions.ROBUST),
    EXCLUDE_OUTLIERS("Exclude outliers (Q = 1 %)", FitOptions.EXCLUDE_OUTLIERS),
    FIVE_PL("Asymmetric 5PL", FitOptions.FIVE_PL);

    private final String label;
    private final FitOptions options;

    FitPreset(String label, FitOptions options) {
        this.label = label;
        this.options = options;
    }

    /** The menu text. */
    public String label() {
        return label;
    }

    /** The fit options. */
    public FitOptions options() {
        return options;
    }

    /** The preset whose options equal these, if any. */
    public static Optional<FitPreset> of(FitOptions options) {
        return Arrays.stream(values()).filter(p -> p.options.equals(options)).findFirst();
    }

    /** The preset with this name, or {@link #STANDARD}. */
    public static FitPreset parse(String name) {
        return Arrays.stream(values())
                .filter(p -> p.name().equals(name))
                .findFirst()
                .orElse(STANDARD);
    }
}
