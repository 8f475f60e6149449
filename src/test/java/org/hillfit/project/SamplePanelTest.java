/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.hillfit.fit.CurveStatus;
import org.hillfit.fit.FourPlParameters;
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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The sample panel, analysed end to end, gives back the potencies it was simulated with. */
class SamplePanelTest {
    private static AnalysisResult result;

    @BeforeAll
    static void analyse() throws Exception {
        Path folder = Path.of("sample-plates");
        List<InputSpec> inputs = PanelDesign.TARGETS.stream()
                .map(t -> folder.resolve(t + ".matrix.csv"))
                .map(p -> new InputSpec(p, InputSpec.defaultAssay(p), ImporterRegistry.AUTO))
                .toList();
        result = new AnalysisPipeline(ImporterRegistry.builtIn())
                .run(
                        inputs,
                        LongLayoutReader.read(folder.resolve("panel-layout.csv"), ImportContext.defaults()),
                        "panel-layout.csv",
                        AnalysisSettings.DEFAULT,
                        ProgressSink.NONE,
                        CancellationToken.none());
    }

    @Test
    void recoversTheSimulatedPotenciesOfFullCurves() {
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

    /** The verdicts sample-plates/README.md states for the curves that are not plain full curves. */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            # assay | compound | status   | qualifier | class | why
            # the partial inhibitor (55 % efficacy): a complete curve with a low plateau
            TYK2    | HF-011   | PARTIAL  | =         | 1.2   | asymptote_outside_window
            JAK1    | HF-011   | PARTIAL  | =         | 1.2   | asymptote_outside_window
            JAK2    | HF-011   | PARTIAL  | =         | 1.2   | asymptote_outside_window
            # on JAK3 it reaches 39 % at 10 uM: no midpoint within the doses
            JAK3    | HF-011   | PARTIAL  | >         | 2.2   | ic50_above_range
            # 0.8 nM: the lower plateau lies below the doses, fixed at the 0 % control; one plateau
            TYK2    | HF-002   | PARTIAL  | =         | 2.1   | plateau_fixed_at_control
            # 0.15 nM: below the lowest dose, fully active
            TYK2    | HF-007   | PARTIAL  | <         | 2.1   | ic50_below_range
            # 30 uM: only the top dose responds
            TYK2    | HF-013   | PARTIAL  | >         | 3     | ic50_above_range
            """)
    void judgesTheCurvesBeyondTheFullOnes(
            String assay, String compound, CurveStatus status, String qualifier, String curveClass, String why) {
        CurveFit curve = curve(assay, compound);
        String seen = assay + " " + compound + " " + curve.result().flags();
        assertEquals(status, curve.status(), seen);
        assertEquals(qualifier, curve.result().qualifier().symbol(), seen);
        assertEquals(curveClass, curve.result().curveClass(), seen);
        assertTrue(curve.result().flags().contains(why), seen);
    }

    @Test
    void inactiveCurvesReportTheirFlatLineNearZero() {
        List<CurveFit> inactive = result.curves().stream()
                .filter(c -> c.status() == CurveStatus.INACTIVE)
                .toList();
        assertEquals(18, inactive.size(), "the 18 '–' cells of the truth table");
        for (CurveFit curve : inactive) {
            FourPlParameters p = curve.result().parameters().orElseThrow();
            String seen = curve.assay() + " " + curve.compound() + " " + p;
            assertEquals(p.top(), p.bottom(), seen);
            assertTrue(Math.abs(p.top()) < 5, seen);
            assertTrue(Double.isNaN(p.hillSlope()), seen);
        }
    }

    private static CurveFit curve(String assay, String compound) {
        return result.curves().stream()
                .filter(c -> c.assay().equals(assay) && c.compound().equals(compound))
                .findFirst()
                .orElseThrow();
    }
}
