/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.fit;

import java.util.Arrays;

/**
 * The points of one dose-response curve. X is log10(concentration in mol/L); points marked excluded (masked) are
 * kept for plotting and counting but never fitted. Immutable.
 */
public final class CurveData {
    private final double[] logConcentrations;
    private final double[] responses;
    private final boolean[] excluded;

    /**
     * @param logConcentrations log10(mol/L) per point; −∞ (concentration 0) is allowed and never fitted
     * @param responses response per point (normalised % inhibition, or raw signal)
     * @param excluded true for masked points; same length
     */
    public CurveData(double[] logConcentrations, double[] responses, boolean[] excluded) {
        if (logConcentrations.length != responses.length || responses.length != excluded.length) {
            throw new IllegalArgumentException("curve arrays differ in length: " + logConcentrations.length + ", "
                    + responses.length + ", " + excluded.length);
        }
        this.logConcentrations = logConcentrations.clone();
        this.responses = responses.clone();
        this.excluded = excluded.clone();
    }

    /** Points without any excluded. */
    public static CurveData of(double[] logConcentrations, double[] responses) {
        return new CurveData(logConcentrations, responses, new boolean[responses.length]);
    }

    /** Number of points, excluded ones included. */
    public int size() {
        return responses.length;
    }

    /** log10(mol/L) of point i. */
    public double logConcentration(int i) {
        return logConcentrations[i];
    }

    /** Response of point i. */
    public double response(int i) {
        return responses[i];
    }

    /** True when point i is masked. */
    public boolean isExcluded(int i) {
        return excluded[i];
    }

    /** A copy of the log concentrations. */
    public double[] logConcentrations() {
        return logConcentrations.clone();
    }

    /** A copy of the responses. */
    public double[] responses() {
        return responses.clone();
    }

    /** A copy of the exclusion marks. */
    public boolean[] excluded() {
        return excluded.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CurveData c
                && Arrays.equals(logConcentrations, c.logConcentrations)
                && Arrays.equals(responses, c.responses)
                && Arrays.equals(excluded, c.excluded);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(logConcentrations) + Arrays.hashCode(responses)) + Arrays.hashCode(excluded);
    }
}
