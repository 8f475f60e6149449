/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.SimpleObjectProperty;
import org.hillfit.project.AnalysisSession;
import org.hillfit.project.CurveKey;
import org.hillfit.result.ReviewVerdict;
import org.hillfit.ui.UiFixtures;
import org.hillfit.ui.results.PivotCell;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Reference page over the six TYK2 runs of {@code sample-plates/runs/}: HF-003 at pIC50 7.37, 7.33, 7.46, 7.40,
 * 6.75 and 7.47 ({@code hillfit analyze}); run 5 is four-fold off.
 */
class ReferenceViewModelTest {
    private static AnalysisSession runs;

    @BeforeAll
    static void open() throws Exception {
        runs = UiFixtures.runs();
    }

    @Test
    void withoutAReferenceSaysHowToMarkOne() {
        ReferenceViewModel reference = new ReferenceViewModel(new SimpleObjectProperty<>(runs));

        assertEquals("TYK2", reference.assayProperty().get());
        assertTrue(reference.chartProperty().get().isEmpty());
        assertTrue(reference.runsProperty().get().rows().isEmpty());
        String message = reference.messageProperty().get();
        assertTrue(message.startsWith("No reference compound is marked for TYK2."), message);
        assertTrue(message.contains("Mark as reference"), message);
    }

    @Test
    void listsEveryRunOfTheMarkedReferenceWithItsVerdict() {
        ReferenceViewModel reference = new ReferenceViewModel(new SimpleObjectProperty<>(marked()));

        List<List<PivotCell>> rows = reference.runsProperty().get().rows();
        assertEquals(6, rows.size());
        assertEquals(
                List.of(
                        "not judged: sets the limits",
                        "not judged: sets the limits",
                        "not judged: sets the limits",
                        "yes",
                        "no, below",
                        "yes"),
                rows.stream().map(r -> r.get(6).text()).toList());
        assertEquals("TYK2-R5", rows.get(4).get(1).text());
        assertEquals("cell-bad", rows.get(4).get(6).styleClass());
        assertEquals("6.75", rows.get(4).get(4).text());
        assertEquals("HF-003", reference.referenceProperty().get());
    }

    @Test
    void givesTheMsrOfAllRuns() {
        ReferenceViewModel reference = new ReferenceViewModel(new SimpleObjectProperty<>(marked()));

        // SD of the six pIC50s above = 0.271 (numpy, ddof 1) → MSR 10^(2·√2·0.271) = 5.86
        String msr = reference.msrProperty().get();
        assertTrue(msr.startsWith("MSR "), msr);
        assertEquals(5.86, Double.parseDouble(msr.substring(4)), 0.03);
        assertTrue(reference.summaryProperty().get().contains("6 runs counted"));
    }

    @Test
    void namesTheRunOutsideItsLimits() {
        ReferenceViewModel reference = new ReferenceViewModel(new SimpleObjectProperty<>(marked()));

        assertTrue(
                reference.messageProperty().get().startsWith("1 run lies outside its limits: TYK2-R5 (pIC50 6.75)"),
                reference.messageProperty().get());
    }

    @Test
    void aRejectedRunIsExcludedWithItsReason() throws Exception {
        AnalysisSession session = marked();
        CurveKey r5 = new CurveKey(session.plates().get(4).key(), "HF-003");
        AnalysisSession rejected = session.decide(r5, ReviewVerdict.REJECTED, "enzyme lot");
        ReferenceViewModel reference = new ReferenceViewModel(new SimpleObjectProperty<>(rejected));

        PivotCell verdict = reference.runsProperty().get().rows().get(4).get(6);
        assertEquals("excluded: rejected in review", verdict.text());
        assertTrue(reference.summaryProperty().get().contains("5 runs counted"));
    }

    @Test
    void onePlateGivesNoLimitsAndSaysWhy() throws Exception {
        AnalysisSession panel = UiFixtures.session("TYK2").withReference("TYK2", Optional.of("HF-003"));
        ReferenceViewModel reference = new ReferenceViewModel(new SimpleObjectProperty<>(panel));

        assertEquals("MSR —", reference.msrProperty().get());
        assertEquals(
                "Control limits need 3 runs with an exact IC50; HF-003 has 1 on TYK2. Add plates or runs of the assay.",
                reference.messageProperty().get());
    }

    @Test
    void showsTheFirstAssayWithAReferenceAndSwitches() throws Exception {
        AnalysisSession panel = UiFixtures.session("TYK2", "JAK1").withReference("JAK1", Optional.of("HF-016"));
        ReferenceViewModel reference = new ReferenceViewModel(new SimpleObjectProperty<>(panel));
        assertEquals("JAK1", reference.assayProperty().get());
        assertEquals(List.of("TYK2", "JAK1"), reference.assaysProperty().get());

        reference.assayProperty().set("TYK2");

        assertEquals("", reference.referenceProperty().get());
        assertTrue(reference.chartProperty().get().isEmpty());
        assertEquals(16, reference.compoundsProperty().get().size());
    }

    @Test
    void saysWhatToDoWhenNothingIsOpen() {
        ReferenceViewModel reference = new ReferenceViewModel(new SimpleObjectProperty<>());

        assertEquals(ReferenceWords.NOTHING_OPEN, reference.messageProperty().get());
        assertTrue(reference.assaysProperty().get().isEmpty());
    }

    private static AnalysisSession marked() {
        return runs.withReference("TYK2", Optional.of("HF-003"));
    }
}
