/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.result;

import java.util.List;

/**
 * Everything one analysis produced, with the settings that produced it.
 *
 * @param inputs the inputs, in order, with the importer that read each, size and SHA-256
 * @param layoutSource where the layout came from (a file path, a template name)
 * @param settings the settings used
 * @param plates analysed plates in input order
 * @param warnings what importers noticed, each naming file, line or well
 * @param audit the changes people made after the first analysis (masks, decisions, settings), oldest first
 */
public record AnalysisResult(
        List<InputRecord> inputs,
        String layoutSource,
        AnalysisSettings settings,
        List<PlateResult> plates,
        List<String> warnings,
        List<AuditEntry> audit) {

    public AnalysisResult {
        inputs = List.copyOf(inputs);
        plates = List.copyOf(plates);
        warnings = List.copyOf(warnings);
        audit = List.copyOf(audit);
    }

    /** A fresh analysis, without an audit trail. */
    public AnalysisResult(
            List<InputRecord> inputs,
            String layoutSource,
            AnalysisSettings settings,
            List<PlateResult> plates,
            List<String> warnings) {
        this(inputs, layoutSource, settings, plates, warnings, List.of());
    }

    /** All curves of all plates, in order. */
    public List<CurveFit> curves() {
        return plates.stream().flatMap(p -> p.curves().stream()).toList();
    }
}
