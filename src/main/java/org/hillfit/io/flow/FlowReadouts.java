/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.flow;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The parameters a plate's statistics are computed for, and the labels its channels carry ("pSTAT4" → "pSTAT4
 * median"): the parameter the user named, else those whose stain contains "pSTAT", else every fluorescence
 * parameter.
 *
 * @param names the parameters' {@code $PnN}, looked up again in every well's file
 * @param labels channel labels, unique, in the same order
 * @param descriptions "PE-A (pSTAT4)", for provenance
 */
record FlowReadouts(List<String> names, List<String> labels, List<String> descriptions) {
    /** The stain fragment that marks a phospho-STAT readout. */
    static final String PSTAT = "pstat";

    FlowReadouts {
        names = List.copyOf(names);
        labels = List.copyOf(labels);
        descriptions = List.copyOf(descriptions);
    }

    /**
     * Chooses the readouts from the plate's first readable file.
     *
     * @throws IllegalArgumentException listing the parameters when the requested one does not exist or is ambiguous
     */
    static FlowReadouts choose(FcsDataset dataset, Optional<String> requested) {
        List<FcsParameter> chosen;
        if (requested.isPresent()) {
            chosen = List.of(requested(dataset, requested.get()));
        } else {
            chosen = dataset.parameters().stream()
                    .filter(FlowReadouts::isPhosphoStat)
                    .toList();
            if (chosen.isEmpty()) {
                chosen = dataset.parameters().stream()
                        .filter(p -> !ScatterParameters.isScatterOrTime(p))
                        .toList();
            }
        }
        List<String> labels = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (FcsParameter p : chosen) {
            String label = p.label();
            boolean clash = chosen.stream()
                            .filter(q -> q.label().equalsIgnoreCase(label))
                            .count()
                    > 1;
            String unique = clash ? label + " (" + p.name() + ")" : label;
            labels.add(seen.add(unique) ? unique : unique + " " + p.number());
        }
        return new FlowReadouts(
                chosen.stream().map(FcsParameter::name).toList(),
                labels,
                chosen.stream().map(FcsParameter::describe).toList());
    }

    private static boolean isPhosphoStat(FcsParameter p) {
        return p.stain().orElse("").toLowerCase(Locale.ROOT).contains(PSTAT)
                || p.name().toLowerCase(Locale.ROOT).contains(PSTAT);
    }

    private static FcsParameter requested(FcsDataset dataset, String query) {
        Optional<Integer> exact = dataset.indexOf(query);
        if (exact.isPresent()) {
            return dataset.parameters().get(exact.get());
        }
        String q = query.toLowerCase(Locale.ROOT);
        List<FcsParameter> matches = dataset.parameters().stream()
                .filter(p -> p.name().toLowerCase(Locale.ROOT).contains(q)
                        || p.stain().orElse("").toLowerCase(Locale.ROOT).contains(q))
                .toList();
        if (matches.size() == 1) {
            return matches.get(0);
        }
        throw new IllegalArgumentException((matches.isEmpty() ? "no" : matches.size()) + " parameters match '"
                + query + "'; the parameters are "
                + dataset.parameters().stream().map(FcsParameter::describe).collect(Collectors.joining(", ")));
    }
}
