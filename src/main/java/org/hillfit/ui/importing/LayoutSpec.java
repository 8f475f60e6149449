/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.importing;

import java.nio.file.Path;
import java.util.Objects;
import org.hillfit.io.layout.DilutionRule;

/** Where an import's plate layout comes from. */
public sealed interface LayoutSpec {
    /** How the audit trail and the report name it. */
    String source();

    /** A layout file in any form the layout readers know. */
    record FromFile(Path file) implements LayoutSpec {
        public FromFile {
            Objects.requireNonNull(file, "file");
        }

        @Override
        public String source() {
            return file.toString();
        }
    }

    /** A saved layout template, by name. */
    record FromTemplate(String name) implements LayoutSpec {
        public FromTemplate {
            Objects.requireNonNull(name, "name");
        }

        @Override
        public String source() {
            return "template:" + name;
        }
    }

    /** A dilution rule made in the editor. */
    record FromRule(DilutionRule rule) implements LayoutSpec {
        public FromRule {
            Objects.requireNonNull(rule, "rule");
        }

        @Override
        public String source() {
            return "dilution rule " + rule.describe();
        }
    }
}
