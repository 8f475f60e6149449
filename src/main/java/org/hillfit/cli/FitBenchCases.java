/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.cli;

import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.hillfit.fit.BatchFitter;
import org.hillfit.fit.CurveData;
import org.hillfit.fit.CurveResult;
import org.hillfit.fit.FourPlFitter;

/** Fitting figures of {@code hillfit bench}: 4PL fits of noisy 10-point curves per second, on one and all cores. */
final class FitBenchCases {
    /** Curves fitted per timed batch on all cores. */
    static final int BATCH = 4096;

    private FitBenchCases() {}

    static List<BenchCase> all() {
        return List.of(
                BenchCase.of("fit_4pl_10pt_single_thread", "fits/s", FitBenchCases::singleThread),
                BenchCase.of("fit_4pl_10pt_all_threads", "fits/s", FitBenchCases::allThreads));
    }

    /** 256 noisy 10-point curves with varied IC50s and slopes, reused for every fit figure. */
    static CurveData[] curves() {
        Random random = new Random(42);
        CurveData[] curves = new CurveData[256];
        for (int c = 0; c < curves.length; c++) {
            double logIc50 = -9 + 3 * random.nextDouble();
            double hill = 0.7 + random.nextDouble();
            double[] x = new double[10];
            double[] y = new double[10];
            for (int i = 0; i < 10; i++) {
                x[i] = -5 - i * Math.log10(3);
                y[i] = 100 / (1 + Math.pow(10, (logIc50 - x[i]) * hill)) + random.nextGaussian() * 4;
            }
            curves[c] = CurveData.of(x, y);
        }
        return curves;
    }

    /** The {@link #BATCH} curves one timed all-cores batch fits (the 256 curves repeated). */
    static List<CurveData> batch() {
        CurveData[] curves = curves();
        return IntStream.range(0, BATCH).mapToObj(i -> curves[i & 255]).toList();
    }

    /**
     * One timed all-cores batch: every curve really fitted (results kept, in order), never a count of a sized stream
     * that the JDK may compute without running the fits.
     */
    static List<CurveResult> fitBatch(BatchFitter fitter, List<CurveData> batch) {
        return fitter.fitAll(batch);
    }

    private static double singleThread(double seconds) throws Exception {
        CurveData[] curves = curves();
        FourPlFitter fitter = FourPlFitter.create();
        int[] next = {0};
        return Throughput.perSecond(() -> fitter.fit(curves[next[0]++ & 255]), seconds);
    }

    private static double allThreads(double seconds) throws Exception {
        List<CurveData> batch = batch();
        BatchFitter fitter = BatchFitter.of(FourPlFitter.create());
        return Throughput.perSecond(() -> fitBatch(fitter, batch), seconds) * batch.size();
    }
}
