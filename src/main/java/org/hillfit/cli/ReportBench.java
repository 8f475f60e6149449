/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.hillfit.io.ImportContext;
import org.hillfit.io.ImporterRegistry;
import org.hillfit.io.layout.LongLayoutReader;
import org.hillfit.job.CancellationToken;
import org.hillfit.job.ProgressSink;
import org.hillfit.plate.Channel;
import org.hillfit.plate.Plate;
import org.hillfit.plate.PlateLayout;
import org.hillfit.project.AnalysisPipeline;
import org.hillfit.project.BundledSample;
import org.hillfit.report.ExcelReportOptions;
import org.hillfit.report.ExcelReportWriter;
import org.hillfit.result.AnalysisResult;
import org.hillfit.result.AnalysisSettings;
import org.hillfit.result.InputRecord;
import org.hillfit.result.PlateResult;

/**
 * The Excel report of a large run: 100 plates × 384 wells (25 noisy copies of each bundled sample plate, 1,600
 * curves), with every picture, in seconds per report.
 */
final class ReportBench {
    /** Plates in the benchmark run. */
    static final int PLATES = 100;

    private ReportBench() {}

    static BenchCase excel100x384() {
        return BenchCase.of("report_excel_100x384", "s", ReportBench::secondsPerReport);
    }

    private static double secondsPerReport(double seconds) throws Exception {
        AnalysisResult result = hundredPlates();
        Path file = Files.createTempFile("hillfit-bench", ".xlsx");
        try {
            long start = System.nanoTime();
            ExcelReportWriter.write(
                    result, ExcelReportOptions.defaults(), file, ProgressSink.NONE, CancellationToken.none());
            return (System.nanoTime() - start) / 1e9;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** The bundled panel's plates, each copied 25 times with 5 % multiplicative noise, analysed. */
    static AnalysisResult hundredPlates() throws Exception {
        BundledSample sample = BundledSample.extract();
        PlateLayout layout = LongLayoutReader.read(sample.layout(), ImportContext.defaults());
        ImporterRegistry registry = ImporterRegistry.builtIn();
        Random random = new Random(7);
        List<PlateResult> plates = new ArrayList<>();
        List<InputRecord> inputs = new ArrayList<>();
        for (Path input : sample.inputs()) {
            String assay = org.hillfit.result.InputSpec.defaultAssay(input);
            Plate plate = registry.read(input, ImporterRegistry.AUTO, ImportContext.defaults())
                    .plates()
                    .get(0);
            inputs.add(new InputRecord(input, assay, "generic-matrix", Files.size(input), "-"));
            for (int copy = 1; copy <= PLATES / sample.inputs().size(); copy++) {
                Plate noisy = noisy(plate, random).withName(plate.name() + "-" + copy);
                plates.add(AnalysisPipeline.analyzePlate(assay, noisy, layout, Map.of(), AnalysisSettings.DEFAULT));
            }
        }
        return new AnalysisResult(inputs, sample.layout().toString(), AnalysisSettings.DEFAULT, plates, List.of());
    }

    private static Plate noisy(Plate plate, Random random) {
        Plate copy = plate;
        for (Channel channel : plate.channels()) {
            double[] values = channel.values();
            for (int i = 0; i < values.length; i++) {
                values[i] *= 1 + 0.05 * random.nextGaussian();
            }
            copy = copy.withChannel(
                    new Channel(channel.name(), channel.info(), channel.format(), values, channel.markers()));
        }
        return copy;
    }
}
