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

    /** A case from a measuring function. */
    static BenchCase of(String name, String unit, Measure measure) {
        return new Simple(name, unit, measure);
    }

    /** Measures for about the given seconds and returns the figure. */
    @FunctionalInterface
    interface Measure {
        double apply(double seconds) throws Exception;
    }

    /** The case {@link #of} makes. */
    record Simple(String name, String unit, Measure measure) implements BenchCase {
        @Override
        public double measure(double seconds) throws Exception {
            return measure.apply(seconds);
        }
    }
}
