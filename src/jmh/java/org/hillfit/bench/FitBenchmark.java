/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.hillfit.fit.BatchFitter;
import org.hillfit.fit.CurveData;
import org.hillfit.fit.CurveResult;
import org.hillfit.fit.FourPlFitter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The fit engine: one noisy 10-point 4PL fit, one 384-well plate's curves (32 compounds × 10 doses, the rest
 * controls) on one thread, and 100 such plates on all cores with {@link BatchFitter}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class FitBenchmark {
    private CurveData curve;
    private List<CurveData> plate;
    private List<CurveData> hundredPlates;
    private FourPlFitter fitter;
    private BatchFitter batch;

    @Setup
    public void setUp() {
        Random random = new Random(7);
        curve = noisyCurve(random, -7.5, 1);
        plate = new ArrayList<>();
        for (int c = 0; c < 32; c++) {
            plate.add(noisyCurve(random, -9 + 3 * random.nextDouble(), 0.7 + random.nextDouble()));
        }
        hundredPlates = new ArrayList<>();
        for (int p = 0; p < 100; p++) {
            for (int c = 0; c < 32; c++) {
                hundredPlates.add(noisyCurve(random, -9 + 3 * random.nextDouble(), 0.7 + random.nextDouble()));
            }
        }
        fitter = FourPlFitter.create();
        batch = BatchFitter.of(fitter);
    }

    private static CurveData noisyCurve(Random random, double logIc50, double hill) {
        double[] x = new double[10];
        double[] y = new double[10];
        for (int i = 0; i < 10; i++) {
            x[i] = -5 - i * Math.log10(3);
            y[i] = 100 / (1 + Math.pow(10, (logIc50 - x[i]) * hill)) + random.nextGaussian() * 4;
        }
        return CurveData.of(x, y);
    }

    /** One 10-point fit (fits/s). */
    @Benchmark
    public CurveResult fit10Points() {
        return fitter.fit(curve);
    }

    /** The 32 curves of one 384-well plate on one thread (plates/s). */
    @Benchmark
    public void fitPlate384(Blackhole blackhole) {
        for (CurveData c : plate) {
            blackhole.consume(fitter.fit(c));
        }
    }

    /** 100 plates (3,200 curves) on all cores (runs/s). */
    @Benchmark
    public List<CurveResult> fitHundredPlatesAllCores() {
        return batch.fitAll(hundredPlates);
    }
}
