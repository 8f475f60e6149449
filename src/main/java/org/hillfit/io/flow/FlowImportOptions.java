/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.flow;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.hillfit.plate.WellId;

/**
 * How a plate of FCS files becomes per-well statistics. The analysis pipeline fills the negative controls from the
 * layout (its inhibitor wells: unstimulated cells); everything else has defaults that suit a phospho-STAT plate.
 *
 * @param readoutChannel the readout parameter by {@code $PnN} or {@code $PnS} (whole or a unique part, any case);
 *     empty: every parameter whose stain contains "pSTAT", or failing that every fluorescence parameter
 * @param negativeControls wells whose gated readout values set the positivity threshold
 * @param positivePercentile the percentile (0–100) of the pooled negative-control values used as threshold
 * @param minimumEvents wells with fewer events in the gate get {@link org.hillfit.plate.WellFlag#LOW_EVENTS}
 * @param gates the gating strategy for every well, in order; empty: automatic cells and singlets gates
 */
public record FlowImportOptions(
        Optional<String> readoutChannel,
        Set<WellId> negativeControls,
        double positivePercentile,
        int minimumEvents,
        List<Gate> gates) {

    /** Readout found by stain, no controls, 99th percentile, 200 events, automatic gates. */
    public static final FlowImportOptions DEFAULT =
            new FlowImportOptions(Optional.empty(), Set.of(), 99, 200, List.of());

    public FlowImportOptions {
        readoutChannel = readoutChannel.map(String::strip).filter(s -> !s.isEmpty());
        negativeControls = java.util.Collections.unmodifiableSet(new TreeSet<>(negativeControls));
        gates = List.copyOf(gates);
        Objects.requireNonNull(readoutChannel, "readoutChannel");
        if (!(positivePercentile > 0 && positivePercentile < 100)) {
            throw new IllegalArgumentException(
                    "the positivity percentile must lie between 0 and 100; got " + positivePercentile);
        }
        if (minimumEvents < 1) {
            throw new IllegalArgumentException("the minimum event count must be at least 1; got " + minimumEvents);
        }
    }

    /** A copy with a readout parameter (empty: found by stain). */
    public FlowImportOptions withReadoutChannel(Optional<String> channel) {
        return new FlowImportOptions(channel, negativeControls, positivePercentile, minimumEvents, gates);
    }

    /** A copy with negative-control wells. */
    public FlowImportOptions withNegativeControls(java.util.Collection<WellId> wells) {
        return new FlowImportOptions(readoutChannel, new TreeSet<>(wells), positivePercentile, minimumEvents, gates);
    }

    /** A copy with a fixed gating strategy (empty: automatic). */
    public FlowImportOptions withGates(List<Gate> strategy) {
        return new FlowImportOptions(readoutChannel, negativeControls, positivePercentile, minimumEvents, strategy);
    }

    /** A copy with another minimum event count. */
    public FlowImportOptions withMinimumEvents(int events) {
        return new FlowImportOptions(readoutChannel, negativeControls, positivePercentile, events, gates);
    }

    /** A copy with another positivity percentile. */
    public FlowImportOptions withPositivePercentile(double percentile) {
        return new FlowImportOptions(readoutChannel, negativeControls, percentile, minimumEvents, gates);
    }
}
