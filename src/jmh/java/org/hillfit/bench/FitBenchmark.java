/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.bench;

import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.hillfit.fit.CurveData;
import org.hillfit.fit.FourPlFitter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** One noisy 10-point 4PL fit. */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class FitBenchmark {
    private CurveData curve;
    private FourPlFitter fitter;

    @Setup
    public void setUp() {
        Random random = new Random(7);
        double[] x = new double[10];
        double[] y = new double[10];
        for (int i = 0; i < 10; i++) {
            x[i] = -5 - i * Math.log10(3);
            y[i] = 100 / (1 + Math.pow(10, (-7.5 - x[i]))) + random.nextGaussian() * 4;
        }
        curve = CurveData.of(x, y);
        fitter = FourPlFitter.create();
    }

    @Benchmark
    public Object fit10Points() {
        return fitter.fit(curve);
    }
}
