/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.analysis;

/** How the control wells of a plate are summarised for normalisation. */
public enum ControlStatistic {
    /** The median resists one bad control well; the default. */
    MEDIAN,
    /** The arithmetic mean, as most spreadsheets do. */
    MEAN;

    /** The centre of a sample by this statistic. */
    public double center(double[] values) {
        return this == MEDIAN ? Statistics.median(values) : Statistics.mean(values);
    }
}
