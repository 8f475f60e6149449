/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.plate;

import java.util.Locale;

/**
 * Why a well has no usable number. Each flag has a stable machine-readable slug used in outputs
 * ({@code overflow:B07} in the results' flags column, the {@code flag} column of tidy tables).
 */
public enum WellFlag {
    /** The detector saturated (OVRFLW, OVER, overflow, a {@code >x} value). */
    OVERFLOW,
    /** Below the reader's range (a {@code <x} value). */
    UNDERFLOW,
    /** The reader says the value is out of its range or calibration (Range?, ?????). */
    OUT_OF_RANGE,
    /** The reader reports an error for the well (Error, Path?, a text that is not a number). */
    INVALID,
    /** The reader skipped the well (MISSED). */
    MISSED,
    /** Explicitly not available (n/a, NaN). */
    NOT_AVAILABLE,
    /** Too few events in the gate of a flow-cytometry well. */
    LOW_EVENTS,
    /** The well's data file could not be read (a corrupt FCS file in a plate folder). */
    UNREADABLE,
    /** The dispenser reported a failed transfer into this well. */
    FAILED_TRANSFER;

    /** Lower-case slug: "overflow", "out_of_range", "low_events". */
    public String slug() {
        return name().toLowerCase(Locale.ROOT);
    }
}
