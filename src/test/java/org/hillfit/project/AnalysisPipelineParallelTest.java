/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.project;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ForkJoinPool;
import org.hillfit.io.ImportContext;
import org.hillfit.io.ImporterRegistry;
import org.hillfit.io.layout.LongLayoutReader;
import org.hillfit.job.CancellationToken;
import org.hillfit.job.ProgressSink;
import org.hillfit.plate.Plate;
import org.hillfit.plate.PlateLayout;
import org.hillfit.report.ResultsCsvWriter;
import org.hillfit.result.AnalysisResult;
import org.hillfit.result.AnalysisSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pipeline fits a plate's curves on all cores; the results must not depend on how many there are. */
class AnalysisPipelineParallelTest {
    @TempDir
    Path dir;

    @Test
    void theResultsCsvIsByteIdenticalOnOneAndOnManyThreads() throws Exception {
        Path one = resultsOnThreads(1, "one.csv");
        Path four = resultsOnThreads(4, "four.csv");
        assertArrayEquals(Files.readAllBytes(one), Files.readAllBytes(four));
    }

    @Test
    void aCancelledTokenStopsThePlatesFits() throws Exception {
        Path input = SessionFixtures.SAMPLES.resolve("TYK2.matrix.csv");
        Plate plate = ImporterRegistry.builtIn()
                .read(input, ImporterRegistry.AUTO, ImportContext.defaults())
                .plates()
                .get(0);
        PlateLayout layout =
                LongLayoutReader.read(SessionFixtures.SAMPLES.resolve("panel-layout.csv"), ImportContext.defaults());
        CancellationToken cancelled = CancellationToken.none();
        cancelled.cancel();

        assertThrows(
                CancellationException.class,
                () -> AnalysisPipeline.analyzePlate(
                        "TYK2", plate, layout, Map.of(), AnalysisSettings.DEFAULT, cancelled));
    }

    /**
     * The panel and the difficult plate analysed inside a fork-join pool of {@code threads} workers: parallel
     * streams started there run in that pool, so one worker fits the curves one after another.
     */
    private Path resultsOnThreads(int threads, String name) throws Exception {
        SessionRequest panel = SessionFixtures.request("TYK2", "JAK1", "JAK2", "JAK3", "difficult");
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            AnalysisResult result = pool.submit(() -> new AnalysisPipeline(ImporterRegistry.builtIn())
                            .run(
                                    panel.inputs(),
                                    panel.layouts(),
                                    panel.layoutSource(),
                                    panel.settings(),
                                    ProgressSink.NONE,
                                    CancellationToken.none()))
                    .get();
            Path csv = dir.resolve(name);
            ResultsCsvWriter.write(result, csv);
            return csv;
        } finally {
            pool.shutdown();
        }
    }
}
