/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.cli;

import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.hillfit.fit.CurveData;
import org.hillfit.fit.FourPlFitter;

/** The figures {@code hillfit bench} prints. Add a case here when a new hot path appears. */
final class BenchCases {
    private BenchCases() {}

    static List<BenchCase> all() {
        return List.of(fitSingleThread(), fitAllThreads(), ReportBench.excel100x384());
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

    private static BenchCase fitSingleThread() {
        return new Case("fit_4pl_10pt_single_thread", "fits/s", seconds -> {
            CurveData[] curves = curves();
            FourPlFitter fitter = FourPlFitter.create();
            int[] next = {0};
            return Throughput.perSecond(() -> fitter.fit(curves[next[0]++ & 255]), seconds);
        });
    }

    private static BenchCase fitAllThreads() {
        return new Case("fit_4pl_10pt_all_threads", "fits/s", seconds -> {
            CurveData[] curves = curves();
            FourPlFitter fitter = FourPlFitter.create();
            double batches = Throughput.perSecond(
                    () -> IntStream.range(0, 4096)
                            .parallel()
                            .mapToObj(i -> fitter.fit(curves[i & 255]))
                            .count(),
                    seconds);
            return batches * 4096;
        });
    }

    /** A case from a measuring function. */
    private record Case(String name, String unit, Measure measure) implements BenchCase {
        @Override
        public double measure(double seconds) throws Exception {
            return measure.apply(seconds);
        }
    }

    @FunctionalInterface
    private interface Measure {
        double apply(double seconds) throws Exception;
    }
}
