/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.samples.flow;

import java.util.Random;
import org.hillfit.plate.WellId;

/**
 * The events of one simulated NK-92 pSTAT4 well: 76 % single cells, 14 % debris, 8 % doublets, 2 % saturated
 * events; six parameters FSC-A, FSC-H, SSC-A, FITC-A (CD56), PE-A (pSTAT4), Time. The single cells' PE-A is
 * log-normal around the well's median pSTAT4, which falls linearly with % inhibition from the stimulated level
 * (4,000) to the unstimulated level (350). FITC-A and PE-A are written as the cytometer measures them, i.e. with
 * spillover {@link #SPILLOVER} added; the {@code true*} arrays hold the compensated truth. StrictMath and {@link
 * Random} keep every byte reproducible.
 *
 * @param well the well
 * @param raw six columns of measured values, float precision
 * @param trueFitc compensated FITC-A per event
 * @param truePe compensated PE-A per event
 * @param singlet true for events of the single-cell population
 */
public record SimulatedPstatWell(WellId well, double[][] raw, double[] trueFitc, double[] truePe, boolean[] singlet) {
    /** Median pSTAT4 of stimulated cells. */
    public static final double STIMULATED = 4000;
    /** Median pSTAT4 of unstimulated cells. */
    public static final double UNSTIMULATED = 350;
    /** Spill of FITC into PE and of PE into FITC. */
    public static final double FITC_INTO_PE = 0.18;

    public static final double PE_INTO_FITC = 0.01;
    /** $SPILLOVER as written. */
    public static final String SPILLOVER = "2,FITC-A,PE-A,1," + FITC_INTO_PE + "," + PE_INTO_FITC + ",1";

    private static final double TOP = 262_143;

    /** Simulates a well with {@code events} events. */
    public static SimulatedPstatWell simulate(WellId well, double inhibition, int events, long seed) {
        Random random = new Random(seed);
        double wellMedian = (UNSTIMULATED + (STIMULATED - UNSTIMULATED) * (1 - inhibition / 100))
                * (1 + 0.025 * random.nextGaussian());
        double[][] raw = new double[6][events];
        double[] fitc = new double[events];
        double[] pe = new double[events];
        boolean[] singlet = new boolean[events];
        for (int e = 0; e < events; e++) {
            double u = random.nextDouble();
            double[] event = u < 0.76
                    ? cell(random, wellMedian)
                    : u < 0.90
                            ? debris(random)
                            : u < 0.98 ? doublet(random, wellMedian) : saturated(random, wellMedian);
            singlet[e] = u < 0.76;
            fitc[e] = (float) event[3];
            pe[e] = (float) event[4];
            raw[0][e] = (float) Math.min(TOP, event[0]);
            raw[1][e] = (float) Math.min(TOP, event[1]);
            raw[2][e] = (float) Math.min(TOP, event[2]);
            raw[3][e] = (float) (fitc[e] + PE_INTO_FITC * pe[e]);
            raw[4][e] = (float) (pe[e] + FITC_INTO_PE * fitc[e]);
            raw[5][e] = (float) (e * 0.25);
        }
        return new SimulatedPstatWell(well, raw, fitc, pe, singlet);
    }

    /** {FSC-A, FSC-H, SSC-A, FITC, PE} of one cell. */
    private static double[] cell(Random random, double wellMedian) {
        double fscA = 85_000 + 11_000 * random.nextGaussian();
        double fscH = fscA * 0.80 * (1 + 0.03 * random.nextGaussian());
        double ssc = logNormal(random, 42_000, 0.2);
        double fitc = logNormal(random, 8_000, 0.35);
        double pe = logNormal(random, wellMedian, 0.45) + 30 * random.nextGaussian();
        return new double[] {fscA, fscH, ssc, fitc, pe};
    }

    private static double[] debris(Random random) {
        double fscA = logNormal(random, 9_000, 0.5);
        return new double[] {
            fscA,
            fscA * 0.9 * (1 + 0.08 * random.nextGaussian()),
            logNormal(random, 9_000, 0.6),
            logNormal(random, 500, 0.8),
            logNormal(random, 150, 0.8)
        };
    }

    private static double[] doublet(Random random, double wellMedian) {
        double[] a = cell(random, wellMedian);
        double[] b = cell(random, wellMedian);
        return new double[] {a[0] + b[0], Math.max(a[1], b[1]) * 1.15, a[2] + b[2], a[3] + b[3], a[4] + b[4]};
    }

    private static double[] saturated(Random random, double wellMedian) {
        double[] c = cell(random, wellMedian);
        return new double[] {TOP, TOP, logNormal(random, 150_000, 0.3), c[3] * 3, c[4] * 3};
    }

    private static double logNormal(Random random, double median, double sigma) {
        return median * StrictMath.exp(sigma * random.nextGaussian());
    }
}
