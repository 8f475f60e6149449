/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.project;

import java.util.List;
import java.util.Objects;
import org.hillfit.plate.LayoutSet;
import org.hillfit.plate.PlateLayout;
import org.hillfit.result.AnalysisSettings;
import org.hillfit.result.InputSpec;

/**
 * What a new session is made from: the same arguments as {@code hillfit analyze}.
 *
 * @param inputs export files with their assay and importer
 * @param layouts the plate layouts: one shared by every plate, or layouts of their own by barcode or plate name
 * @param layoutSource where the layout came from (a file path, a template name)
 * @param settings readout, normalisation and fit settings
 */
public record SessionRequest(
        List<InputSpec> inputs, LayoutSet layouts, String layoutSource, AnalysisSettings settings) {
    public SessionRequest {
        inputs = List.copyOf(inputs);
        Objects.requireNonNull(layouts, "layouts");
        Objects.requireNonNull(layoutSource, "layoutSource");
        Objects.requireNonNull(settings, "settings");
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("a session needs at least one input");
        }
    }

    /** A request with one layout for every plate. */
    public SessionRequest(List<InputSpec> inputs, PlateLayout layout, String layoutSource, AnalysisSettings settings) {
        this(inputs, LayoutSet.of(layout), layoutSource, settings);
    }
}
