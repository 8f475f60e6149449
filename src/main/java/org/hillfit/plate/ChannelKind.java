/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.plate;

/** Whether a channel holds raw readings or values computed from them. */
public enum ChannelKind {
    /** As measured (counts, RFU, MFI of one detector). */
    RAW,
    /** Computed by the instrument software (EnVision "Calculated results", MARS ratio blocks). */
    CALCULATED,
    /** Computed by Hillfit (the TR-FRET ratio, a flow statistic). */
    DERIVED
}
