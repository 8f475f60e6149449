/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.result;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hillfit.analysis.AssayQc;
import org.hillfit.analysis.PlateQc;

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

    /** A copy with one plate replaced (the plate of the same assay and name), e.g. after a mask edit; same audit. */
    public AnalysisResult withPlate(PlateResult replacement) {
        List<PlateResult> copy = new ArrayList<>(plates);
        for (int i = 0; i < copy.size(); i++) {
            PlateResult p = copy.get(i);
            if (p.assay().equals(replacement.assay())
                    && p.plate().name().equals(replacement.plate().name())) {
                copy.set(i, replacement);
                return new AnalysisResult(inputs, layoutSource, settings, copy, warnings, audit);
            }
        }
        throw new IllegalArgumentException(
                "no plate '" + replacement.plate().name() + "' of assay '" + replacement.assay() + "' in the result");
    }

    /** Plate QC per assay, in order of first appearance. */
    public List<AssayQc> assayQc() {
        Map<String, List<PlateQc>> byAssay = new LinkedHashMap<>();
        plates.forEach(p -> byAssay.computeIfAbsent(p.assay(), a -> new ArrayList<>())
                .add(p.normalized().qc()));
        return byAssay.entrySet().stream()
                .map(e -> AssayQc.of(e.getKey(), e.getValue()))
                .toList();
    }

    /** All curves of all plates, in order. */
    public List<CurveFit> curves() {
        return plates.stream().flatMap(p -> p.curves().stream()).toList();
    }
}
