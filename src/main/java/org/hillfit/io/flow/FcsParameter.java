/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.flow;

import java.util.Objects;
import java.util.Optional;

/**
 * One measured parameter of an FCS dataset, as its {@code $Pn…} keywords describe it.
 *
 * @param number 1-based parameter number n
 * @param name {@code $PnN}, the detector's short name such as "PE-A" ("Pn" when the file gives none)
 * @param stain {@code $PnS}, the reagent or stain such as "pSTAT4", when given
 * @param bits {@code $PnB}: bits per value in DATA (32 for float, 64 for double)
 * @param range {@code $PnR}: the number of channels (integer data) or the largest value; NaN when not given
 * @param logDecades f1 of {@code $PnE}: decades of log amplification, 0 for linear
 * @param logOffset f2 of {@code $PnE}: the value at channel 0 of a log parameter (1 when the file says 0)
 * @param gain {@code $PnG}: amplifier gain that linear values are divided by; 1 when not given
 */
public record FcsParameter(
        int number,
        String name,
        Optional<String> stain,
        int bits,
        double range,
        double logDecades,
        double logOffset,
        double gain) {

    public FcsParameter {
        Objects.requireNonNull(name, "name");
        stain = stain.map(String::strip).filter(s -> !s.isEmpty());
        if (number < 1) {
            throw new IllegalArgumentException("parameter numbers start at 1; got " + number);
        }
        if (!(gain > 0)) {
            throw new IllegalArgumentException("gain must be positive; got " + gain);
        }
    }

    /** The stain when there is one, else the name: what a scientist calls the parameter ("pSTAT4", "FSC-A"). */
    public String label() {
        return stain.orElse(name);
    }

    /** True when {@code $PnE} asks for log scaling (applies to integer data only). */
    public boolean isLog() {
        return logDecades > 0;
    }

    /** "PE-A (pSTAT4)" or "FSC-A", for messages. */
    public String describe() {
        return stain.filter(s -> !s.equalsIgnoreCase(name))
                .map(s -> name + " (" + s + ")")
                .orElse(name);
    }
}
