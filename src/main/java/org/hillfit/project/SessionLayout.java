/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.project;

import java.util.Objects;
import org.hillfit.plate.PlateLayout;

/**
 * A named plate layout of a session.
 *
 * @param name the name plates refer to it by (not blank)
 * @param source where it came from (a file path, a template name)
 * @param layout the layout
 */
public record SessionLayout(String name, String source, PlateLayout layout) {
    public SessionLayout {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(layout, "layout");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a layout name must not be blank");
        }
    }

    /**
     * What people call the layout: the file it came from ("panel-layout.csv") for the layout every plate shares,
     * otherwise its name ("panel-layout.csv (TYK2-P1)", a barcode).
     */
    public String displayName() {
        if (!name.equals(SessionFactory.DEFAULT_LAYOUT) || source.isBlank()) {
            return name;
        }
        String file = source.replace('\\', '/');
        return file.substring(file.lastIndexOf('/') + 1);
    }

    /** A copy with another layout, same name and source. */
    public SessionLayout withLayout(PlateLayout newLayout) {
        return new SessionLayout(name, source, newLayout);
    }
}
