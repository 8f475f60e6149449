/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.project;

import java.nio.file.Path;
import org.hillfit.io.ImportContext;
import org.hillfit.io.ImportException;
import org.hillfit.io.SourceLocation;
import org.hillfit.io.layout.LayoutChecks;
import org.hillfit.io.layout.LayoutReaders;
import org.hillfit.io.layout.LayoutTemplate;
import org.hillfit.plate.LayoutSet;
import org.hillfit.plate.PlateLayout;

/**
 * Resolves what a user gives as a layout ({@code --layout}): a file in any form {@link LayoutReaders} reads, or
 * {@code template:NAME} for a template of the {@link LayoutTemplateStore}.
 */
public final class LayoutSources {
    /** Prefix of a template reference. */
    public static final String TEMPLATE_PREFIX = "template:";

    private LayoutSources() {}

    /**
     * Loads a layout.
     *
     * @param spec a file path, or {@code template:NAME}
     * @param templates where templates are looked up
     * @throws ImportException naming the file and line, or the template that does not exist
     */
    public static LayoutSet load(String spec, LayoutTemplateStore templates, ImportContext context)
            throws ImportException {
        if (spec.startsWith(TEMPLATE_PREFIX)) {
            String name = spec.substring(TEMPLATE_PREFIX.length()).strip();
            LayoutTemplate template = templates
                    .find(name)
                    .orElseThrow(() -> new ImportException(
                            SourceLocation.of(templates.folder()),
                            "no layout template named '" + name + "'; 'hillfit layout templates' lists them"));
            try {
                PlateLayout layout = template.rule().layout();
                return LayoutSet.of(layout).withWarnings(LayoutChecks.warnings(layout, "template '" + name + "'"));
            } catch (IllegalArgumentException e) {
                throw new ImportException(SourceLocation.of(templates.folder()), e.getMessage(), e);
            }
        }
        return LayoutReaders.read(Path.of(spec), context);
    }
}
