/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.curves;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.hillfit.ui.UiFixtures;
import org.hillfit.ui.session.CurveItem;
import org.hillfit.ui.session.SessionModel;
import org.junit.jupiter.api.Test;

/** The detail pane shows the selected curve, or the compound on every assay. */
class CurveDetailViewModelTest {

    @Test
    void showsTheSelectedCurvesNumbersAsTheReportDoes() throws Exception {
        SessionModel model = new SessionModel();
        CurveDetailViewModel detail = new CurveDetailViewModel(model);
        model.load(UiFixtures.session("TYK2"), Optional.empty(), "test");

        CurveDetailViewModel.Details details = detail.detailsProperty().get();
        assertEquals("HF-001", details.title());
        assertEquals(
                new CurveDetailViewModel.Value("IC50", "1.95 nM"),
                details.values().get(0));
        assertEquals(
                new CurveDetailViewModel.Value("95% CI (nM)", "1.54–2.46"),
                details.values().get(1));
        assertEquals("TYK2 · plate TYK2-P1 · Z′ 0.89 (pass)", details.subtitle());
    }

    @Test
    void listsTheNotesOnTheCurveShownOnly() throws Exception {
        SessionModel model = new SessionModel();
        CurveDetailViewModel detail = new CurveDetailViewModel(model);
        model.load(
                UiFixtures.session("TYK2")
                        .addNote("TYK2 / TYK2-P1 / HF-001", "precipitate at 10 µM")
                        .addNote("TYK2 / TYK2-P1 / HF-002", "not this one")
                        .addNote("TYK2 / TYK2-P1", "nor the plate's"),
                Optional.empty(),
                "test");

        assertEquals(Optional.of("TYK2 / TYK2-P1 / HF-001"), detail.noteTarget());
        assertEquals(
                List.of("precipitate at 10 µM"),
                detail.notesProperty().get().stream().map(n -> n.text()).toList());
    }

    @Test
    void overlaysTheCompoundOnEveryAssay() throws Exception {
        SessionModel model = new SessionModel();
        CurveDetailViewModel detail = new CurveDetailViewModel(model);
        model.load(UiFixtures.session("TYK2", "JAK1", "JAK2", "JAK3"), Optional.empty(), "test");

        detail.overlayProperty().set(true);

        assertEquals(4, detail.plotProperty().get().series().size());
        assertEquals("HF-001", detail.plotProperty().get().title());
    }

    @Test
    void withSeveralRunsOverlaysTheSameRunOfEachAssay() throws Exception {
        List<CurveItem> curves = CurveItem.of(UiFixtures.session("TYK2", "JAK1", "TYK2", "JAK1", "JAK1"));
        CurveItem secondTyk2 = curves.stream()
                .filter(c ->
                        c.curve().assay().equals("TYK2") && c.curve().compound().equals("HF-005"))
                .skip(1)
                .findFirst()
                .orElseThrow();

        List<Integer> inputs = CurveDetailViewModel.sameRun(secondTyk2.curve(), curves).stream()
                .map(fit -> curves.stream()
                        .filter(c -> c.curve() == fit)
                        .findFirst()
                        .orElseThrow())
                .map(c -> c.key().plate().input())
                .toList();

        assertEquals(List.of(2, 3), inputs, "the second TYK2 plate with the second JAK1 plate");
    }
}
