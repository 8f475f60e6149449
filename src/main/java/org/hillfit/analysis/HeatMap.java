/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.analysis;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.hillfit.plate.WellId;

/**
 * What a plate heat map shows, as pure data for the workbench and the report: one value per well, the colour
 * scale, and marks on wells that are flagged or masked.
 *
 * @param title e.g. "TYK2-P1 · % inhibition"
 * @param layer which quantity the values are
 * @param values one value per well, NaN where there is none
 * @param scale where values fall on the colour scale
 * @param marks flagged, masked and outlier wells with their reasons
 */
public record HeatMap(String title, Layer layer, WellValues values, ColorScale scale, Map<WellId, Mark> marks) {

    /** The quantity a heat map shows. */
    public enum Layer {
        /** One raw channel of the export. */
        RAW_CHANNEL,
        /** The readout the curves come from (blank-corrected when blanks are subtracted). */
        READOUT,
        /** % inhibition against the plate's controls. */
        PERCENT_INHIBITION,
        /** B-scores of the scored wells. */
        B_SCORE;

        /** "raw_channel", "readout", "percent_inhibition", "b_score". */
        public String slug() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** What a mark means. */
    public enum MarkKind {
        /** The instrument wrote a marker (overflow …): no value. */
        FLAGGED,
        /** Masked by a user or a rule (outlier, failed transfer). */
        MASKED,
        /** A control outlier that is flagged but still used. */
        OUTLIER
    }

    /**
     * A mark on a well.
     *
     * @param kind flagged, masked or outlier
     * @param reason the machine-readable reason ("overflow", "user_masked", "control_outlier")
     */
    public record Mark(MarkKind kind, String reason) {
        public Mark {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(reason, "reason");
        }
    }

    public HeatMap {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(layer, "layer");
        Objects.requireNonNull(values, "values");
        Objects.requireNonNull(scale, "scale");
        marks = Collections.unmodifiableMap(new TreeMap<>(marks));
    }

    /** The mark of a well, if any. */
    public Optional<Mark> mark(WellId well) {
        return Optional.ofNullable(marks.get(well));
    }
}
