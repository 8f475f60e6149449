/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.hillfit.analysis.NormalizationOptions;
import org.hillfit.analysis.Normalizer;
import org.hillfit.analysis.Readout;
import org.hillfit.fit.BatchFitter;
import org.hillfit.fit.CurveData;
import org.hillfit.fit.FourPlFitter;
import org.hillfit.io.layout.ControlBand;
import org.hillfit.io.layout.DilutionRule;
import org.hillfit.io.layout.DoseSteps;
import org.hillfit.io.layout.ReplicatePattern;
import org.hillfit.io.layout.SeriesDirection;
import org.hillfit.plate.Channel;
import org.hillfit.plate.ChannelInfo;
import org.hillfit.plate.Concentration;
import org.hillfit.plate.ConcentrationUnit;
import org.hillfit.plate.PlateFormat;
import org.hillfit.plate.PlateLayout;
import org.hillfit.plate.WellRole;

/** The figures {@code hillfit bench} prints. Add a case here when a new hot path appears. */
final class BenchCases {
    private BenchCases() {}

    static List<BenchCase> all() {
        List<BenchCase> cases = new ArrayList<>(List.of(
                fitSingleThread(),
                fitAllThreads(),
                fcsDecode(),
                normalize384(),
                sessionMaskRefit(),
                ReportBench.excel100x384()));
        cases.addAll(ImportBenchCases.all());
        return cases;
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
            List<CurveData> batch =
                    IntStream.range(0, 4096).mapToObj(i -> curves[i & 255]).toList();
            BatchFitter fitter = BatchFitter.of(FourPlFitter.create());
            double batches = Throughput.perSecond(() -> fitter.fitAll(batch), seconds);
            return batches * 4096;
        });
    }

    /** DATA bytes decoded per second from an in-memory FCS 3.1 file of 200,000 events × 8 float parameters. */
    private static BenchCase fcsDecode() {
        return new Case("fcs_decode", "MB/s", seconds -> {
            int events = 200_000;
            int parameters = 8;
            java.nio.ByteBuffer file = FcsBenchFile.floats(events, parameters);
            java.nio.file.Path name = java.nio.file.Path.of("bench.fcs");
            double files = Throughput.perSecond(
                    () -> org.hillfit.io.flow.FcsReader.read(name, file, org.hillfit.io.ImportLimits.DEFAULT), seconds);
            return files * FcsBenchFile.dataBytes(events, parameters) / 1e6;
        });
    }

    /**
     * Normalisation of a 384-well plate with the panel design: control centres, outlier rule, Z', row/column
     * means, median polish and B-scores.
     */
    private static BenchCase normalize384() {
        return new Case("normalize_qc_bscore_384", "plates/s", seconds -> {
            PlateFormat format = PlateFormat.WELLS_384;
            PlateLayout layout = new DilutionRule(
                            format,
                            IntStream.rangeClosed(1, 16).mapToObj(i -> "C" + i).toList(),
                            new DoseSteps(new Concentration(10, ConcentrationUnit.MICROMOLAR), 3, 10, 4),
                            SeriesDirection.ALONG_ROWS,
                            new DilutionRule.Replicates(2, ReplicatePattern.ADJACENT_WELLS),
                            List.of(
                                    ControlBand.parse(WellRole.NEUTRAL, "columns 1-2"),
                                    ControlBand.parse(WellRole.INHIBITOR, "columns 23-24")))
                    .layout();
            Random random = new Random(7);
            double[] values = new double[format.wellCount()];
            for (int i = 0; i < values.length; i++) {
                values[i] = (format.wellAt(i).column() >= 23 ? 450 : 3900) * (1 + 0.03 * random.nextGaussian());
            }
            Readout readout = new Readout(new Channel("Ratio", ChannelInfo.RAW, format, values, Map.of()), "bench");
            return Throughput.perSecond(
                    () -> Normalizer.normalize("bench", readout, layout, Map.of(), NormalizationOptions.DEFAULT),
                    seconds);
        });
    }

    /** Masking a point of the bundled 384-well TYK2 plate (16 curves): renormalise and refit that plate. */
    private static BenchCase sessionMaskRefit() {
        return new Case("session_mask_refit_384_16_curves", "edits/s", seconds -> {
            org.hillfit.project.BundledSample sample = org.hillfit.project.BundledSample.extract();
            java.nio.file.Path input = sample.inputs().get(0);
            org.hillfit.project.AnalysisSession session = org.hillfit.project.AnalysisSession.create(
                    new org.hillfit.project.AnalysisPipeline(org.hillfit.io.ImporterRegistry.builtIn()),
                    new org.hillfit.project.SessionRequest(
                            List.of(new org.hillfit.result.InputSpec(input, "TYK2", "auto")),
                            org.hillfit.io.layout.LongLayoutReader.read(
                                    sample.layout(), org.hillfit.io.ImportContext.defaults()),
                            sample.layout().toString(),
                            org.hillfit.result.AnalysisSettings.DEFAULT),
                    org.hillfit.project.ReviewContext.system(),
                    org.hillfit.job.ProgressSink.NONE,
                    org.hillfit.job.CancellationToken.none());
            org.hillfit.project.PlateKey plate = session.plates().get(0).key();
            List<org.hillfit.plate.WellId> well = List.of(org.hillfit.plate.WellId.parse("C07"));
            return Throughput.perSecond(
                    () -> session.maskWells(plate, well, org.hillfit.analysis.MaskReason.USER, "bench"), seconds);
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
