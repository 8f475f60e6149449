/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.fit;

/**
 * Scratch arrays of one Levenberg–Marquardt run, allocated once per curve fit and reused by every run of that fit
 * (restarts, refits, profiles), so the iteration itself allocates nothing. Not thread-safe: one per fit call.
 */
final class LmWorkspace {
    final int capacity;
    final int np;
    final double[] residuals;
    final double[] trialResiduals;
    final double[] jacobian;
    final double[] trialJacobian;
    final double[] values;
    final double[] trial;
    final double[] gradient;
    final double[] normal;
    final double[] fullNormal;
    final double[] fullGradient;
    final double[] factor;
    final double[] step;
    final double[] scale;
    final int[] index;

    /**
     * @param capacity largest number of residuals
     * @param np number of parameters
     */
    LmWorkspace(int capacity, int np) {
        this.capacity = capacity;
        this.np = np;
        residuals = new double[capacity];
        trialResiduals = new double[capacity];
        jacobian = new double[capacity * np];
        trialJacobian = new double[capacity * np];
        values = new double[capacity];
        trial = new double[np];
        gradient = new double[np];
        normal = new double[np * np];
        fullNormal = new double[np * np];
        fullGradient = new double[np];
        factor = new double[np * np];
        step = new double[np];
        scale = new double[np];
        index = new int[np];
    }
}
