/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hillfit.result.CurveFit;

/**
 * How curves are arranged in the report: by compound (first appearance), then assay (first appearance), then
 * plate; and on the Curves sheet as a grid, one block of rows per compound (more when a compound is on several
 * plates of an assay) and one column per assay, after an overlay of all assays.
 */
final class CurveGrid {
    private final List<String> assays;
    private final List<CurveFit> ordered;
    private final List<Block> blocks = new ArrayList<>();
    private final Map<CurveFit, Integer> blockOf = new IdentityHashMap<>();
    private final Map<CurveFit, Integer> orderOf = new IdentityHashMap<>();

    /**
     * One row block of the grid: a compound's curves, at most one per assay.
     *
     * @param compound the compound
     * @param replicate 1 for the compound's first curve in each assay, 2 for its second, …
     * @param byAssay the curve of each assay, in assay order; absent where the compound has none
     */
    record Block(String compound, int replicate, List<Optional<CurveFit>> byAssay) {
        /** The block's curves, in assay order. */
        List<CurveFit> curves() {
            return byAssay.stream().flatMap(Optional::stream).toList();
        }
    }

    CurveGrid(List<CurveFit> curves) {
        LinkedHashSet<String> assaySet = new LinkedHashSet<>();
        Map<String, Map<String, List<CurveFit>>> byCompound = new LinkedHashMap<>();
        for (CurveFit c : curves) {
            assaySet.add(c.assay());
            byCompound
                    .computeIfAbsent(c.compound(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(c.assay(), k -> new ArrayList<>())
                    .add(c);
        }
        assays = List.copyOf(assaySet);
        Map<String, Integer> compoundRank = rank(byCompound.keySet());
        Map<String, Integer> assayRank = rank(assays);
        ordered = curves.stream()
                .sorted(Comparator.comparingInt((CurveFit c) -> compoundRank.get(c.compound()))
                        .thenComparingInt(c -> assayRank.get(c.assay())))
                .toList();
        for (int i = 0; i < ordered.size(); i++) {
            orderOf.put(ordered.get(i), i);
        }
        byCompound.forEach((compound, perAssay) -> {
            int replicates =
                    perAssay.values().stream().mapToInt(List::size).max().orElse(0);
            for (int r = 0; r < replicates; r++) {
                List<Optional<CurveFit>> row = new ArrayList<>();
                for (String assay : assays) {
                    List<CurveFit> list = perAssay.getOrDefault(assay, List.of());
                    Optional<CurveFit> curve = r < list.size() ? Optional.of(list.get(r)) : Optional.empty();
                    curve.ifPresent(c -> blockOf.put(c, blocks.size()));
                    row.add(curve);
                }
                blocks.add(new Block(compound, r + 1, row));
            }
        });
    }

    /** Assays in first-appearance order. */
    List<String> assays() {
        return assays;
    }

    /** Every curve: by compound, then assay, then plate (a stable sort of the input order). */
    List<CurveFit> ordered() {
        return ordered;
    }

    /** The row blocks of the Curves sheet, in order. */
    List<Block> blocks() {
        return blocks;
    }

    /** The block index of a curve. */
    int blockOf(CurveFit curve) {
        Integer block = blockOf.get(curve);
        if (block == null) {
            throw new IllegalArgumentException("curve " + curve.compound() + " on " + curve.plate() + " is not here");
        }
        return block;
    }

    /** The position of a curve in {@link #ordered()}. */
    int orderOf(CurveFit curve) {
        Integer index = orderOf.get(curve);
        if (index == null) {
            throw new IllegalArgumentException("curve " + curve.compound() + " on " + curve.plate() + " is not here");
        }
        return index;
    }

    private static Map<String, Integer> rank(java.util.Collection<String> names) {
        Map<String, Integer> rank = new java.util.HashMap<>();
        for (String name : names) {
            rank.put(name, rank.size());
        }
        return rank;
    }
}
