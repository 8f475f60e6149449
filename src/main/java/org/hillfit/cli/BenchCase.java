/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.cli;

/** One headline figure of {@code hillfit bench}. */
interface BenchCase {
    /** Name printed before the colon, e.g. "fit_4pl_10pt_single_thread". */
    String name();

    /** Unit printed after the value, e.g. "fits/s". */
    String unit();

    /** Measures for about {@code seconds} after a warm-up and returns the figure. */
    double measure(double seconds) throws Exception;
}
