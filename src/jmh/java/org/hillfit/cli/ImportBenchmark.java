/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.hillfit.io.ImportContext;
import org.hillfit.io.ImportException;
import org.hillfit.io.formats.EnvisionCsvImporter;
import org.hillfit.io.formats.MarsImporter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/** Parsing one 384-well two-channel TR-FRET export (the files of {@code hillfit bench}'s import figures). */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ImportBenchmark {
    private Path envision;
    private Path mars;
    private final ImportContext context = ImportContext.defaults();

    @Setup
    public void setUp() throws IOException {
        envision = Files.createTempFile("bench-", ".envision.csv");
        Files.writeString(envision, ImportBenchFiles.envision());
        mars = Files.createTempFile("bench-", ".mars.csv");
        Files.writeString(mars, ImportBenchFiles.mars());
    }

    @TearDown
    public void tearDown() throws IOException {
        Files.deleteIfExists(envision);
        Files.deleteIfExists(mars);
    }

    @Benchmark
    public Object envision384() throws ImportException {
        return new EnvisionCsvImporter().read(envision, context);
    }

    @Benchmark
    public Object mars384() throws ImportException {
        return new MarsImporter().read(mars, context);
    }
}
