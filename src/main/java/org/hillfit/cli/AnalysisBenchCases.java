/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.hillfit.analysis.MaskReason;
import org.hillfit.analysis.NormalizationOptions;
import org.hillfit.analysis.Normalizer;
import org.hillfit.analysis.Readout;
import org.hillfit.io.ImportContext;
import org.hillfit.io.ImporterRegistry;
import org.hillfit.io.layout.ControlBand;
import org.hillfit.io.layout.DilutionRule;
import org.hillfit.io.layout.DoseSteps;
import org.hillfit.io.layout.LongLayoutReader;
import org.hillfit.io.layout.ReplicatePattern;
import org.hillfit.io.layout.SeriesDirection;
import org.hillfit.job.CancellationToken;
import org.hillfit.job.ProgressSink;
import org.hillfit.plate.Channel;
import org.hillfit.plate.ChannelInfo;
import org.hillfit.plate.Concentration;
import org.hillfit.plate.ConcentrationUnit;
import org.hillfit.plate.PlateFormat;
import org.hillfit.plate.PlateLayout;
import org.hillfit.plate.WellId;
import org.hillfit.plate.WellRole;
import org.hillfit.project.AnalysisPipeline;
import org.hillfit.project.AnalysisSession;
import org.hillfit.project.BundledSample;
import org.hillfit.project.PlateKey;
import org.hillfit.project.ReviewContext;
import org.hillfit.project.SessionRequest;
import org.hillfit.result.AnalysisSettings;
import org.hillfit.result.InputSpec;

/** Analysis and review figures of {@code hillfit bench}: normalising a plate, and a mask edit in a session. */
final class AnalysisBenchCases {
    private AnalysisBenchCases() {}

    static List<BenchCase> all() {
        return List.of(
                BenchCase.of("normalize_qc_bscore_384", "plates/s", AnalysisBenchCases::normalize384),
                BenchCase.of("session_mask_refit_384_16_curves", "edits/s", AnalysisBenchCases::sessionMaskRefit));
    }

    /**
     * Normalisation of a 384-well plate with the panel design: control centres, outlier rule, Z', row/column
     * means, median polish and B-scores.
     */
    private static double normalize384(double seconds) throws Exception {
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
                () -> Normalizer.normalize("bench", readout, layout, Map.of(), NormalizationOptions.DEFAULT), seconds);
    }

    /** Masking a point of the bundled 384-well TYK2 plate (16 curves): renormalise and refit that plate. */
    private static double sessionMaskRefit(double seconds) throws Exception {
        BundledSample sample = BundledSample.extract();
        Path input = sample.inputs().get(0);
        AnalysisSession session = AnalysisSession.create(
                new AnalysisPipeline(ImporterRegistry.builtIn()),
                new SessionRequest(
                        List.of(new InputSpec(input, "TYK2", "auto")),
                        LongLayoutReader.read(sample.layout(), ImportContext.defaults()),
                        sample.layout().toString(),
                        AnalysisSettings.DEFAULT),
                ReviewContext.system(),
                ProgressSink.NONE,
                CancellationToken.none());
        PlateKey plate = session.plates().get(0).key();
        List<WellId> well = List.of(WellId.parse("C07"));
        return Throughput.perSecond(() -> session.maskWells(plate, well, MaskReason.USER, "bench"), seconds);
    }
}
