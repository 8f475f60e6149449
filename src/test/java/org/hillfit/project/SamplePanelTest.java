/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.hillfit.fit.CurveStatus;
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
import org.hillfit.samples.PanelDesign;
import org.junit.jupiter.api.Test;

/** The sample panel, analysed end to end, gives back the potencies it was simulated with. */
class SamplePanelTest {

    @Test
    void recoversTheSimulatedPotenciesOfFullCurves() throws Exception {
        Path folder = Path.of("sample-plates");
        List<InputSpec> inputs = PanelDesign.TARGETS.stream()
                .map(t -> folder.resolve(t + ".matrix.csv"))
                .map(p -> new InputSpec(p, InputSpec.defaultAssay(p), ImporterRegistry.AUTO))
                .toList();
        AnalysisResult result = new AnalysisPipeline(ImporterRegistry.builtIn())
                .run(
                        inputs,
                        LongLayoutReader.read(folder.resolve("panel-layout.csv"), ImportContext.defaults()),
                        "panel-layout.csv",
                        AnalysisSettings.DEFAULT,
                        ProgressSink.NONE,
                        CancellationToken.none());
        assertEquals(4, result.plates().size());
        assertEquals(64, result.curves().size());
        Map<String, Map<String, PanelDesign.Truth>> truths = PanelDesign.truths();
        int checked = 0;
        for (CurveFit curve : result.curves()) {
            PanelDesign.Truth truth = truths.get(curve.assay()).get(curve.compound());
            double trueLog = Math.log10(truth.ic50Nm()) - 9;
            boolean wellInside = trueLog > curve.result().minLogConcentration() + 1.0
                    && trueLog < curve.result().maxLogConcentration() - 1.0;
            if (truth.efficacy() == 100 && wellInside) {
                assertEquals(CurveStatus.OK, curve.status(), curve.assay() + " " + curve.compound());
                assertEquals(Qualifier.EQUAL, curve.result().qualifier());
                assertEquals(trueLog, curve.result().reportedLogIc50(), 0.15, curve.assay() + " " + curve.compound());
                checked++;
            }
            if (truth.efficacy() == 0) {
                assertEquals(CurveStatus.INACTIVE, curve.status(), curve.assay() + " " + curve.compound());
                assertEquals(Qualifier.GREATER_THAN, curve.result().qualifier());
            }
        }
        assertTrue(checked >= 25, "only " + checked + " full curves checked");
    }
}
