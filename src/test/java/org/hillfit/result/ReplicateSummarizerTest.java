/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.result;

import static org.hillfit.result.ResultFixtures.curve;
import static org.hillfit.result.ResultFixtures.plate;
import static org.hillfit.result.ResultFixtures.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hillfit.fit.CurveStatus;
import org.hillfit.fit.Qualifier;
import org.junit.jupiter.api.Test;

class ReplicateSummarizerTest {

    @Test
    void averagesOneCompoundAcrossRunsGeometrically() {
        List<ReplicateSummary> summaries = ReplicateSummarizer.summarize(List.of(
                run("day1", plate("P1", "", false, curve("JAK1", "P1", "X", 8.0), curve("JAK1", "P1", "Y", 6.0))),
                run("day2", plate("P1", "", false, curve("JAK1", "P1", "X", 7.0)))));
        ReplicateSummary x = summaries.get(0);
        assertEquals("X", x.compound());
        // mean pIC50 of 8 and 7 = 7.5; SD = √((0.25 + 0.25) / 1) = 0.7071
        assertEquals(7.5, x.combined().pIc50(), 1e-12);
        assertEquals(Math.sqrt(0.5), x.combined().sdLog(), 1e-12);
        assertEquals(2, x.combined().n());
        assertEquals(
                List.of("day1 / P1", "day2 / P1"),
                x.replicates().stream().map(Replicate::label).toList());
        // 8 and 7 differ by a log unit: neither can be blamed
        assertEquals(List.of("replicates_disagree"), x.flags());
        assertEquals(List.of("single_value"), summaries.get(1).flags());
    }

    @Test
    void flagsAnOutlierAgainstTheMeanOfTheOthersButKeepsIt() {
        // 7.0, 7.1, 6.9 and 6.2: 6.2 is 0.8 below the others' mean 7.0; 7.1 is 0.4 above the mean of 7.0, 6.9, 6.2
        ReplicateSummary s = ReplicateSummarizer.summarize(List.of(run(
                        "",
                        plate("P1", "", false, curve("A", "P1", "X", 7.0)),
                        plate("P2", "", false, curve("A", "P2", "X", 7.1)),
                        plate("P3", "", false, curve("A", "P3", "X", 6.9)),
                        plate("P4", "", false, curve("A", "P4", "X", 6.2)))))
                .get(0);
        assertEquals(List.of("outlier:P4"), s.flags());
        assertTrue(s.replicates().get(3).outlier());
        assertFalse(s.replicates().get(1).outlier());
        assertEquals(4, s.combined().n());
        assertEquals(6.8, s.combined().pIc50(), 1e-12);
    }

    @Test
    void listsExcludedCurvesWithTheirReason() {
        CurveFit rejected = curve("A", "P2", "X", 5.0)
                .withDecision(
                        Optional.of(new CurveDecision(ReviewVerdict.REJECTED, "precipitate", "bob", Instant.EPOCH)));
        CurveFit acceptedOnFailedPlate = curve("A", "P3", "X", 7.4)
                .withDecision(
                        Optional.of(new CurveDecision(ReviewVerdict.ACCEPTED, "controls fine", "bob", Instant.EPOCH)));
        ReplicateSummary s = ReplicateSummarizer.summarize(List.of(run(
                        "",
                        plate("P1", "", false, curve("A", "P1", "X", 7.0)),
                        plate("P2", "", false, rejected),
                        plate("P3", "", true, acceptedOnFailedPlate),
                        plate("P4", "", true, curve("A", "P4", "X", 6.0)),
                        plate("P5", "", false, curve("A", "P5", "X", Qualifier.EQUAL, 6.5, CurveStatus.AMBIGUOUS)))))
                .get(0);
        assertEquals(
                List.of(
                        Optional.empty(),
                        Optional.of("rejected_by_user"),
                        Optional.empty(),
                        Optional.of("plate_qc_failed"),
                        Optional.of("fit_ambiguous")),
                s.replicates().stream().map(Replicate::excludedBecause).toList());
        // only 7.0 and the accepted 7.4 count
        assertEquals(7.2, s.combined().pIc50(), 1e-12);
    }

    @Test
    void qualifiedReplicatesCombineByBounds() {
        ReplicateSummary s = ReplicateSummarizer.summarize(List.of(run(
                        "",
                        plate(
                                "P1",
                                "",
                                false,
                                curve("A", "P1", "X", Qualifier.GREATER_THAN, 5.0, CurveStatus.INACTIVE)),
                        plate(
                                "P2",
                                "",
                                false,
                                curve("A", "P2", "X", Qualifier.GREATER_THAN, 4.0, CurveStatus.INACTIVE)))))
                .get(0);
        assertEquals(Qualifier.GREATER_THAN, s.combined().value().orElseThrow().qualifier());
        assertEquals(4.0, s.combined().pIc50(), 1e-12);
    }

    @Test
    void theMeasuredDateComesFromThePlateUnlessAmbiguous() {
        assertEquals(Optional.of(java.time.LocalDate.of(2025, 2, 3)), RunDates.parse("2025-02-03T10:15:00"));
        assertEquals(Optional.of(java.time.LocalDate.of(2025, 2, 3)), RunDates.parse("03.02.2025 10:15"));
        assertEquals(Optional.of(java.time.LocalDate.of(2025, 2, 13)), RunDates.parse("2/13/2025 10:15:00 AM"));
        assertEquals(Optional.empty(), RunDates.parse("03/02/2025"));
        assertEquals(Optional.empty(), RunDates.parse("2025-13-45"));
    }
}
