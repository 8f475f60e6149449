/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.layout;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hillfit.plate.ConcentrationUnit;

/** What one grid of a grid layout holds, named by the grid's title. */
enum LayoutVariable {
    ROLE("role"),
    COMPOUND("compound"),
    CONCENTRATION("concentration"),
    UNIT("unit");

    private static final Pattern UNIT_SUFFIX =
            Pattern.compile("^(.*?)\\s*(?:[(\\[]\\s*([^)\\]]+?)\\s*[)\\]]|\\bin\\s+(\\S+))$");

    private final String title;

    LayoutVariable(String title) {
        this.title = title;
    }

    /** The title writers use. */
    String title() {
        return title;
    }

    /**
     * A parsed grid title: the variable and, for concentrations, a unit written in the title.
     *
     * @param variable what the grid holds
     * @param unit the unit of "concentration (nM)", "Conc [uM]", "dose in µM"
     */
    record Title(LayoutVariable variable, Optional<ConcentrationUnit> unit) {}

    /** Parses a grid title case-insensitively; empty when it names no layout variable. */
    static Optional<Title> parse(String text) {
        String s = text.strip().toLowerCase(Locale.ROOT);
        Optional<ConcentrationUnit> unit = Optional.empty();
        Matcher m = UNIT_SUFFIX.matcher(s);
        if (m.matches()) {
            String unitText = m.group(2) != null ? m.group(2) : m.group(3);
            Optional<ConcentrationUnit> parsed = ConcentrationUnit.parse(unitText);
            if (parsed.isPresent()) {
                unit = parsed;
                s = m.group(1).strip();
            }
        }
        s = s.replace(':', ' ').replace('_', ' ').strip();
        LayoutVariable variable =
                switch (s) {
                    case "role", "roles", "well role", "well type", "type" -> ROLE;
                    case "compound", "compounds", "compound id", "compound name", "sample", "sample id" -> COMPOUND;
                    case "concentration", "concentrations", "conc", "conc.", "dose", "final concentration" ->
                        CONCENTRATION;
                    case "unit", "units", "concentration unit" -> UNIT;
                    default -> null;
                };
        if (variable == null || (unit.isPresent() && variable != CONCENTRATION)) {
            return Optional.empty();
        }
        return Optional.of(new Title(variable, unit));
    }
}
