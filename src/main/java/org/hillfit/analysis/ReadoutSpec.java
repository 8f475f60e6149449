/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.analysis;

import java.util.Objects;
import java.util.Optional;

/**
 * The readout asked for: a kind, or a channel named by its whole name or a unique part of it (FlowJo columns such as
 * "Median").
 *
 * @param kind the readout kind; ignored when a channel query is given
 * @param channelQuery the channel name or a unique part of it
 */
public record ReadoutSpec(ReadoutKind kind, Optional<String> channelQuery) {

    /** Automatic choice. */
    public static final ReadoutSpec AUTO = new ReadoutSpec(ReadoutKind.AUTO, Optional.empty());

    public ReadoutSpec {
        Objects.requireNonNull(kind, "kind");
        channelQuery = channelQuery.map(String::strip).filter(s -> !s.isEmpty());
    }

    /** Parses a {@code --readout} value: a kind slug, otherwise a channel query. */
    public static ReadoutSpec parse(String text) {
        return ReadoutKind.parse(text)
                .map(kind -> new ReadoutSpec(kind, Optional.empty()))
                .orElseGet(() -> new ReadoutSpec(ReadoutKind.AUTO, Optional.of(text)));
    }

    @Override
    public String toString() {
        return channelQuery.map(q -> "channel '" + q + "'").orElse(kind.slug());
    }
}
