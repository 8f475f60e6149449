/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.result;

import static org.hillfit.result.ResultFixtures.curve;
import static org.hillfit.result.ResultFixtures.plate;
import static org.hillfit.result.ResultFixtures.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.hillfit.fit.CurveStatus;
import org.hillfit.fit.Qualifier;
import org.junit.jupiter.api.Test;

/** Reference tracking: MSR and control limits on a hand-computed example. */
class ControlChartTest {

    @Test
    void msrOfTheWorkedExample() {
        // s = SD of 7.0, 7.2, 6.9, 7.1 = √(0.05/3) = 0.1290994; 2·√2·s = 0.3651484; 10^0.3651484 = 2.318186
        assertEquals(2.318186, ControlChart.msr(0.1290994), 1e-5);
        // s = √0.125: 2·√2·√0.125 = 2·√0.25 = 1, so MSR = 10
        assertEquals(10.0, ControlChart.msr(Math.sqrt(0.125)), 1e-9);
    }

    @Test
    void eachRunIsJudgedAgainstTheRunsBeforeIt() {
        List<ControlPoint> points = chart().points();
        // the first three runs set the baseline
        assertEquals(ControlStatus.UNDETERMINED, points.get(0).status());
        assertEquals(ControlStatus.UNDETERMINED, points.get(2).status());
        // run 4 (7.1) against 7.0, 7.2, 6.9: mean 7.0333, s = √(0.046667/2) = 0.152753, limits 6.7278–7.3388
        assertEquals(ControlStatus.IN_LIMITS, points.get(3).status());
        assertEquals(6.727828, points.get(3).lowerLimit(), 1e-5);
        assertEquals(7.338838, points.get(3).upperLimit(), 1e-5);
        // run 5 (6.3) against 7.0, 7.2, 6.9, 7.1: mean 7.05, s = 0.1290994, limits 6.7918–7.3082
        assertEquals(ControlStatus.OUTSIDE_LIMITS, points.get(4).status());
        assertEquals(6.791801, points.get(4).lowerLimit(), 1e-5);
    }

    @Test
    void summarisesTheAssayReproducibilityOverAllRuns() {
        ControlChart chart = chart();
        // pIC50s 7.0, 7.2, 6.9, 7.1, 6.3: mean 6.9, squared deviations .01+.09+0+.04+.36 = .5, s² = .125, MSR = 10
        assertEquals(5, chart.n());
        assertEquals(6.9, chart.meanPIc50(), 1e-9);
        assertEquals(Math.sqrt(0.125), chart.sdLog(), 1e-9);
        assertEquals(10.0, chart.msr(), 1e-9);
        assertEquals(6.9 - 2 * Math.sqrt(0.125), chart.lowerLimit(), 1e-9);
        assertEquals(
                List.of("day5 / P1"),
                chart.outsideLimits().stream().map(ControlPoint::run).toList());
    }

    @Test
    void pointsAreInDateOrderWhateverTheRunOrder() {
        ControlChart chart = chart();
        assertEquals(LocalDate.of(2025, 1, 6), chart.points().get(0).date().orElseThrow());
        assertEquals(LocalDate.of(2025, 3, 3), chart.points().get(4).date().orElseThrow());
    }

    @Test
    void aQualifiedRunIsOutsideOnlyWhenItsBoundIs() {
        // baseline 7.0, 7.2, 6.9, 7.1 (limits 6.79–7.31); then ">1 µM" = pIC50 < 6: beyond the lower limit;
        // then ">10 nM" = pIC50 < 8: could be anywhere in the band
        ReplicateRun history = history(7.0, 7.2, 6.9, 7.1);
        ReplicateRun later = run(
                "later",
                plate(
                        "Q1",
                        "2025-04-01",
                        false,
                        curve("TYK2", "Q1", "REF", Qualifier.GREATER_THAN, 6.0, CurveStatus.INACTIVE)),
                plate(
                        "Q2",
                        "2025-04-02",
                        false,
                        curve("TYK2", "Q2", "REF", Qualifier.GREATER_THAN, 8.0, CurveStatus.OK)));
        ControlChart chart = ControlChart.forReferences(
                        ReplicateSummarizer.summarize(List.of(history, later)), Map.of("TYK2", "REF"))
                .get(0);
        assertEquals(ControlStatus.OUTSIDE_LIMITS, chart.points().get(4).status());
        assertEquals(ControlStatus.UNDETERMINED, chart.points().get(5).status());
    }

    private static ControlChart chart() {
        // day5 is listed first but was run last
        ReplicateRun last = run("day5", plate("P1", "2025-03-03", false, curve("TYK2", "P1", "REF", 6.3)));
        ReplicateRun rest = history(7.0, 7.2, 6.9, 7.1);
        List<ReplicateSummary> summaries = ReplicateSummarizer.summarize(List.of(last, rest));
        return ControlChart.forReferences(summaries, Map.of("TYK2", "REF")).get(0);
    }

    /** One run with a plate per pIC50, on successive Mondays from 6 January 2025. */
    private static ReplicateRun history(double... pic50s) {
        PlateResult[] plates = new PlateResult[pic50s.length];
        for (int i = 0; i < pic50s.length; i++) {
            String name = "H" + (i + 1);
            plates[i] = plate(
                    name,
                    LocalDate.of(2025, 1, 6).plusWeeks(i).toString(),
                    false,
                    curve("TYK2", name, "REF", pic50s[i]));
        }
        return run("history", plates);
    }
}
