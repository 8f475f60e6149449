/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.hillfit.project.AnalysisSession;
import org.hillfit.project.CurveKey;
import org.hillfit.result.ReviewVerdict;
import org.hillfit.ui.UiFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Replicate means over the six TYK2 runs of {@code sample-plates/runs/}. HF-003 comes back at pIC50 7.37, 7.33, 7.46,
 * 7.40, 6.75 and 7.47 ({@code hillfit analyze}): mean 7.295 (IC50 50.7 nM), SD 0.27; run 5 lies 0.65 log from the
 * mean of the other five, beyond the 0.5 outlier distance.
 */
class ReplicatesViewModelTest {
    private static AnalysisSession runs;

    @BeforeAll
    static void open() throws Exception {
        runs = UiFixtures.runs();
    }

    @Test
    void listsEveryCompoundOfTheRunsOnce() {
        ReplicatesViewModel replicates = new ReplicatesViewModel(new SimpleObjectProperty<>(runs));

        List<List<PivotCell>> rows = replicates.summariesProperty().get().rows();
        assertEquals(16, rows.size());
        assertEquals(
                ReplicatesViewModel.SUMMARY_HEADER,
                replicates.summariesProperty().get().header());
    }

    @Test
    void compoundsOnOnePlateOfTheirAssayAreNotListed() throws Exception {
        ReplicatesViewModel replicates =
                new ReplicatesViewModel(new SimpleObjectProperty<>(UiFixtures.session("TYK2", "JAK1")));

        assertTrue(replicates.summariesProperty().get().rows().isEmpty());
    }

    @Test
    void averagesGeometricallyWithSdAndN() {
        List<PivotCell> hf003 = row(new ReplicatesViewModel(new SimpleObjectProperty<>(runs)), "HF-003");

        assertEquals(50.7, hf003.get(2).value(), 0.6, "geometric mean IC50 in nM");
        assertEquals("0.27", hf003.get(4).text());
        assertEquals("6 of 6", hf003.get(5).text());
        assertEquals("geometric mean", hf003.get(6).text());
    }

    @Test
    void flagsTheOutlyingRun() {
        List<PivotCell> hf003 = row(new ReplicatesViewModel(new SimpleObjectProperty<>(runs)), "HF-003");

        assertEquals("TYK2-R5", hf003.get(7).text());
        assertEquals("cell-bad", hf003.get(7).styleClass());
    }

    @Test
    void boundsCombineByTheBoundedRule() {
        List<PivotCell> hf008 = row(new ReplicatesViewModel(new SimpleObjectProperty<>(runs)), "HF-008");

        assertEquals(">10000", hf008.get(2).text());
        assertEquals("only > values: the tightest", hf008.get(6).text());
    }

    @Test
    void listsTheRunsOfTheCompoundChosen() {
        ReplicatesViewModel replicates = new ReplicatesViewModel(new SimpleObjectProperty<>(runs));
        assertTrue(replicates.runsProperty().get().rows().isEmpty());

        replicates.select("TYK2", "HF-003");

        List<List<PivotCell>> rows = replicates.runsProperty().get().rows();
        assertEquals(
                List.of("TYK2-R1", "TYK2-R2", "TYK2-R3", "TYK2-R4", "TYK2-R5", "TYK2-R6"),
                rows.stream().map(r -> r.get(0).text()).toList());
        assertEquals("outlier", rows.get(4).get(5).text());
        assertEquals("", rows.get(0).get(5).text());
    }

    @Test
    void aRejectedCurveIsListedButNotCounted() throws Exception {
        CurveKey r2 = new CurveKey(runs.plates().get(1).key(), "HF-003");
        SimpleObjectProperty<AnalysisSession> session = new SimpleObjectProperty<>(runs);
        ReplicatesViewModel replicates = new ReplicatesViewModel(session);
        replicates.select("TYK2", "HF-003");

        session.set(runs.decide(r2, ReviewVerdict.REJECTED, "bubble in the dilution"));

        List<PivotCell> hf003 = row(replicates, "HF-003");
        assertEquals("5 of 6", hf003.get(5).text());
        assertEquals("TYK2-R2 (rejected in review)", hf003.get(8).text());
        assertEquals(
                "no: rejected in review",
                replicates.runsProperty().get().rows().get(1).get(4).text());
    }

    private static List<PivotCell> row(ReplicatesViewModel replicates, String compound) {
        return replicates.summariesProperty().get().rows().stream()
                .filter(r -> r.get(1).text().equals(compound))
                .findFirst()
                .orElseThrow();
    }
}
