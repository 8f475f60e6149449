/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.flow;

/**
 * Names of the per-well statistics a flow plate carries as channels, and the metadata keys that record how they were
 * made. With readout label {@code L} (the stain, e.g. "pSTAT4"): {@value #EVENTS}, {@value #GATED_EVENTS}, {@code
 * "L median"}, {@code "L mean"} and {@code "L % positive"} (the last only when negative controls set a threshold),
 * so {@code --readout mfi} finds the median and {@code --readout pct-positive} the % positive.
 */
public final class FlowChannels {
    /** Events in the file ({@code $TOT}). */
    public static final String EVENTS = "events";
    /** Events inside every gate. */
    public static final String GATED_EVENTS = "gated events";
    /** Suffix of the median channel. */
    public static final String MEDIAN = " median";
    /** Suffix of the mean channel. */
    public static final String MEAN = " mean";
    /** Suffix of the % positive channel. */
    public static final String PERCENT_POSITIVE = " % positive";

    /** Metadata: the gates applied, one description per gate, separated by "; ". */
    public static final String META_GATES = "flow_gates";
    /** Metadata: the readout parameters ("PE-A (pSTAT4)"), and whether spillover was compensated. */
    public static final String META_READOUT = "flow_readout";
    /** Metadata: how the positivity threshold was set, per readout. */
    public static final String META_THRESHOLD = "flow_threshold";
    /** Metadata: how many FCS files were read, unreadable or ignored. */
    public static final String META_FILES = "flow_files";

    private FlowChannels() {}
}
