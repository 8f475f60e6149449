/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.hillfit.io.ImportException;
import org.hillfit.io.ImportLimits;
import org.hillfit.io.flow.FcsDataset;
import org.hillfit.io.flow.FcsReader;
import org.hillfit.samples.flow.FcsWriter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Reading a 1,000,000-event FCS 3.1 file (6 float32 big-endian parameters, 24 MB of DATA) from disk into per-parameter
 * arrays. MB/s of DATA = 24 × ops/s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class FcsDecodeBenchmark {
    private Path dir;
    private Path file;

    @Setup
    public void setUp() throws IOException {
        int events = 1_000_000;
        Random random = new Random(3);
        double[][] columns = new double[6][events];
        for (double[] column : columns) {
            for (int e = 0; e < events; e++) {
                column[e] = 50_000 + 20_000 * random.nextGaussian();
            }
        }
        FcsWriter writer = FcsWriter.fcs31();
        for (String name : new String[] {"FSC-A", "FSC-H", "SSC-A", "FITC-A", "PE-A", "Time"}) {
            writer.parameter(FcsWriter.Parameter.floating(name, ""));
        }
        dir = Files.createTempDirectory("hillfit-fcs-bench");
        file = Files.write(dir.resolve("million.fcs"), writer.events(columns).toBytes());
    }

    @TearDown
    public void tearDown() throws IOException {
        Files.deleteIfExists(file);
        Files.deleteIfExists(dir);
    }

    @Benchmark
    public FcsDataset readMillionEvents() throws ImportException {
        return FcsReader.read(file, ImportLimits.DEFAULT).first();
    }
}
