/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.layout;

import java.util.Objects;

/**
 * A named, reusable dilution rule, e.g. "384 · 16 cpds × 10 pts × 2 · controls cols 1–2/23–24". Stored as a
 * {@link LayoutTemplateFile}.
 *
 * @param name the name users pick it by, not blank
 * @param rule the rule
 */
public record LayoutTemplate(String name, DilutionRule rule) {
    public LayoutTemplate {
        Objects.requireNonNull(rule, "rule");
        name = name.strip();
        if (name.isEmpty() || name.contains("\n") || name.contains("\r")) {
            throw new IllegalArgumentException("a template name must be one non-blank line");
        }
    }

    /** A template named after its rule ({@link DilutionRule#describe()}). */
    public static LayoutTemplate of(DilutionRule rule) {
        return new LayoutTemplate(rule.describe(), rule);
    }
}
