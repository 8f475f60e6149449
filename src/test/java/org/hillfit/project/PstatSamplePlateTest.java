/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hillfit.analysis.ReadoutSpec;
import org.hillfit.fit.Qualifier;
import org.hillfit.io.ImportContext;
import org.hillfit.io.ImporterRegistry;
import org.hillfit.io.layout.LongLayoutReader;
import org.hillfit.job.CancellationToken;
import org.hillfit.job.ProgressSink;
import org.hillfit.result.AnalysisResult;
import org.hillfit.result.AnalysisSettings;
import org.hillfit.result.CurveFit;
import org.hillfit.result.InputSpec;
import org.hillfit.samples.flow.PstatPlateDesign;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The pSTAT4 sample plate, as FCS files and as a FlowJo table, gives back the IC50s it was simulated with. */
class PstatSamplePlateTest {
    private static final Path FOLDER = Path.of("sample-plates/pstat4");

    private static AnalysisResult analyze(String input, String readout) throws Exception {
        Path path = FOLDER.resolve(input);
        return new AnalysisPipeline(ImporterRegistry.builtIn())
                .run(
                        List.of(new InputSpec(path, "pSTAT4", ImporterRegistry.AUTO)),
                        LongLayoutReader.read(FOLDER.resolve("layout.csv"), ImportContext.defaults()),
                        "layout.csv",
                        AnalysisSettings.DEFAULT.withReadout(ReadoutSpec.parse(readout)),
                        ProgressSink.NONE,
                        CancellationToken.none());
    }

    @ParameterizedTest(name = "{0} --readout {1}")
    @CsvSource({
        // input, readout, importer
        "fcs,               mfi,    fcs",
        "fcs,               Median, fcs",
        "flowjo-table.csv,  Median, flowjo-table",
        "flowjo-table.csv,  auto,   flowjo-table",
    })
    void recoversEveryIc50WithinAFifteenthOfALogUnit(String input, String readout, String importer) throws Exception {
        AnalysisResult result = analyze(input, readout);
        assertEquals(importer, result.inputs().get(0).format());
        Map<String, CurveFit> curves =
                result.curves().stream().collect(Collectors.toMap(CurveFit::compound, Function.identity()));
        assertEquals(10, curves.size());
        for (PstatPlateDesign.Truth truth : PstatPlateDesign.truths()) {
            CurveFit curve = curves.get(truth.compound());
            assertEquals(Qualifier.EQUAL, curve.result().qualifier(), truth.compound());
            assertEquals(Math.log10(truth.ic50Nm()) - 9, curve.result().reportedLogIc50(), 0.15, truth.compound());
        }
        assertTrue(result.plates().get(0).normalized().qc().zPrime() > 0.5);
    }

    @ParameterizedTest(name = "--readout {0}")
    @CsvSource({"mfi", "pct-positive"})
    void flagsTheCurveWithTheLowEventWell(String readout) throws Exception {
        CurveFit hf004 = analyze("fcs", readout).curves().stream()
                .filter(c -> c.compound().equals("HF-004"))
                .findFirst()
                .orElseThrow();
        assertTrue(hf004.flags().contains("low_events:" + PstatPlateDesign.LOW_EVENT_WELL), hf004.flags()::toString);
        assertEquals(7, hf004.result().pointsUsed());
    }
}
