/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.result;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.hillfit.fit.CurveStatus;

/**
 * Compounds × assays: each compound's potency per assay (several curves combined by {@link
 * Selectivity#combine(List)}) and its folds over a primary assay.
 *
 * @param primaryAssay the target the folds are taken over (e.g. TYK2)
 * @param assays every assay, in first-appearance order; the primary is among them
 * @param rows one row per compound, in first-appearance order
 */
public record SelectivityTable(String primaryAssay, List<String> assays, List<Row> rows) {

    public SelectivityTable {
        assays = List.copyOf(assays);
        rows = List.copyOf(rows);
        if (!assays.contains(primaryAssay)) {
            throw new IllegalArgumentException(
                    "the primary assay '" + primaryAssay + "' is not one of the assays " + assays);
        }
    }

    /**
     * One compound.
     *
     * @param compound the compound
     * @param curveCounts curves per assay that have an IC50 (assays without any are absent)
     * @param potencies the combined potency per assay; absent when it has no curve with an IC50 or is undetermined
     * @param notes non-ok curve statuses per assay ("flagged"), for a reader to weigh the numbers
     */
    public record Row(
            String compound,
            Map<String, Integer> curveCounts,
            Map<String, Selectivity.Potency> potencies,
            Map<String, List<String>> notes) {
        public Row {
            Objects.requireNonNull(compound, "compound");
            curveCounts = Collections.unmodifiableMap(new LinkedHashMap<>(curveCounts));
            potencies = Collections.unmodifiableMap(new LinkedHashMap<>(potencies));
            Map<String, List<String>> copy = new LinkedHashMap<>();
            notes.forEach((assay, list) -> copy.put(assay, List.copyOf(list)));
            notes = Collections.unmodifiableMap(copy);
        }

        /** The potency in an assay, when there is one. */
        public Optional<Selectivity.Potency> potency(String assay) {
            return Optional.ofNullable(potencies.get(assay));
        }

        /** True when the assay has curves with an IC50 whose bounds conflict, so no potency can be given. */
        public boolean isUndetermined(String assay) {
            return curveCounts.getOrDefault(assay, 0) > 0 && !potencies.containsKey(assay);
        }

        /**
         * The fold of {@code offTarget} over {@code target}; empty when either potency is missing or undetermined,
         * or when the qualifiers conflict.
         */
        public Optional<Selectivity.Fold> fold(String offTarget, String target) {
            Optional<Selectivity.Potency> off = potency(offTarget);
            Optional<Selectivity.Potency> on = potency(target);
            return off.isPresent() && on.isPresent() ? Selectivity.fold(off.get(), on.get()) : Optional.empty();
        }
    }

    /**
     * Builds the table from curves.
     *
     * @param primaryAssay the assay to take folds over; empty for the first assay
     * @throws IllegalArgumentException when the primary assay is not among the curves' assays
     */
    public static SelectivityTable of(List<CurveFit> curves, Optional<String> primaryAssay) {
        Set<String> assays = new LinkedHashSet<>();
        Map<String, Map<String, List<CurveFit>>> byCompound = new LinkedHashMap<>();
        for (CurveFit curve : curves) {
            assays.add(curve.assay());
            byCompound
                    .computeIfAbsent(curve.compound(), c -> new LinkedHashMap<>())
                    .computeIfAbsent(curve.assay(), a -> new ArrayList<>())
                    .add(curve);
        }
        List<Row> rows = new ArrayList<>();
        byCompound.forEach((compound, byAssay) -> rows.add(row(compound, byAssay)));
        List<String> assayList = List.copyOf(assays);
        String primary = primaryAssay.orElse(assayList.isEmpty() ? "" : assayList.get(0));
        if (assayList.isEmpty()) {
            return new SelectivityTable(primary, List.of(primary), rows);
        }
        return new SelectivityTable(primary, assayList, rows);
    }

    /** The assays other than the primary, in order. */
    public List<String> offTargets() {
        return assays.stream().filter(a -> !a.equals(primaryAssay)).toList();
    }

    private static Row row(String compound, Map<String, List<CurveFit>> byAssay) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, Selectivity.Potency> potencies = new LinkedHashMap<>();
        Map<String, List<String>> notes = new LinkedHashMap<>();
        byAssay.forEach((assay, fits) -> {
            List<Selectivity.Potency> list = new ArrayList<>();
            List<String> statuses = new ArrayList<>();
            for (CurveFit fit : fits) {
                Selectivity.Potency.of(fit.result()).ifPresent(list::add);
                if (fit.status() != CurveStatus.OK) {
                    statuses.add(fit.status().slug());
                }
            }
            if (!list.isEmpty()) {
                counts.put(assay, list.size());
            }
            Selectivity.combine(list).ifPresent(p -> potencies.put(assay, p));
            if (!statuses.isEmpty()) {
                notes.put(assay, statuses);
            }
        });
        return new Row(compound, counts, potencies, notes);
    }
}
