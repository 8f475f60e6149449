/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.plate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.hillfit.plate.Concentration;
import org.hillfit.plate.ConcentrationUnit;
import org.hillfit.plate.WellContent;
import org.hillfit.plate.WellId;
import org.hillfit.plate.WellRole;
import org.hillfit.project.AnalysisSession;
import org.hillfit.project.PlateKey;
import org.hillfit.ui.UiFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The layout dialog without a toolkit: it starts from the well's content, checks the fields in the layout readers'
 * words and says which plates the edit reaches. A03 of the sample panel holds HF-001 at 10 µM.
 */
class LayoutEditViewModelTest {
    private static final WellId A03 = WellId.parse("A03");
    private static AnalysisSession session;
    private static PlateKey tyk2;

    @BeforeAll
    static void open() throws Exception {
        session = UiFixtures.session("TYK2", "JAK1");
        tyk2 = session.plates().get(0).key();
    }

    @Test
    void startsFromWhatTheWellHoldsInItsMostReadableUnit() {
        LayoutEditViewModel edit = new LayoutEditViewModel(session, tyk2, List.of(A03));

        assertEquals(WellRole.SAMPLE, edit.roleProperty().get());
        assertEquals("HF-001", edit.compoundProperty().get());
        assertEquals("10", edit.doseProperty().get());
        assertEquals(ConcentrationUnit.MICROMOLAR, edit.unitProperty().get());
        assertEquals("A03 on TYK2-P1 now holds: sample HF-001 10 µM", edit.heading());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // role   | compound | dose          | why       | problem
                "sample   |          | 10            | wrong tip | a sample well needs a compound name",
                "sample   | HF-001   |               | wrong tip | a sample well needs a concentration and unit",
                "sample   | HF-001   | 10 furlongs   | wrong tip | unknown unit 'furlongs'; expected M, mM, uM (µM), nM or pM",
                "sample   | HF-001   | ten           | wrong tip | expected a concentration ≥ 0; got 'ten'",
                "sample   | HF-001   | -1            | wrong tip | expected a concentration ≥ 0; got '-1'",
                "sample   | HF-001   | 10            | wrong tip | the well already holds this", // 10 µM already
                "sample   | HF-001   | 10000 nM      | wrong tip | the well already holds this", // same dose, other
                // unit
                "sample   | HF-001   | 5             |           | say why the layout changes (kept in the audit trail)",
                "neutral  | DMSO     | lots          | wrong tip | expected a concentration ≥ 0; got 'lots'", // a
                // control
                // dose is
                // checked
                // too
                "sample   | HF-001   | 5 uM          | wrong tip | ''",
                "neutral  |          |               | wrong tip | ''",
                "empty    | HF-001   | ten           | wrong tip | ''", // an empty well ignores the other fields
            })
    void checksTheFieldsInTheLayoutReadersWords(String role, String compound, String dose, String why, String problem) {
        LayoutEditViewModel edit = new LayoutEditViewModel(session, tyk2, List.of(A03));

        edit.roleProperty().set(WellRole.parse(role).orElseThrow());
        edit.compoundProperty().set(compound == null ? "" : compound);
        edit.doseProperty().set(dose == null ? "" : dose);
        edit.whyProperty().set(why == null ? "" : why);

        assertEquals(problem, edit.problemProperty().get());
        assertEquals(problem.isEmpty(), edit.contents().isPresent());
    }

    @Test
    void givesEveryChosenWellTheNewContent() {
        LayoutEditViewModel edit = new LayoutEditViewModel(session, tyk2, List.of(A03, WellId.parse("A04")));
        edit.roleProperty().set(WellRole.SAMPLE);
        edit.doseProperty().set("3");
        edit.unitProperty().set(ConcentrationUnit.NANOMOLAR);
        edit.whyProperty().set("re-plated");

        WellContent threeNanomolar = WellContent.sample("HF-001", new Concentration(3, ConcentrationUnit.NANOMOLAR));
        assertEquals(
                Map.of(A03, threeNanomolar, WellId.parse("A04"), threeNanomolar),
                edit.contents().orElseThrow());
        assertEquals("2 wells on TYK2-P1: A03, A04", edit.heading());
    }

    @Test
    void saysWhichPlatesShareTheLayout() {
        LayoutEditViewModel edit = new LayoutEditViewModel(session, tyk2, List.of(A03));

        assertTrue(edit.isShared());
        assertEquals(
                "Applies to the layout 'panel-layout.csv', used by 2 plates: TYK2-P1, JAK1-P1.",
                edit.scopeProperty().get());
    }

    @Test
    void onlyThisPlateNamesTheCopyAndWhoKeepsTheOriginal() {
        LayoutEditViewModel edit = new LayoutEditViewModel(session, tyk2, List.of(A03));

        edit.onlyThisPlateProperty().set(true);

        assertEquals(
                "Applies to TYK2-P1 only: it gets its own copy of the layout, 'panel-layout.csv (TYK2-P1)'; the other"
                        + " 1 plate keeps 'panel-layout.csv'.",
                edit.scopeProperty().get());
    }

    @Test
    void aPlateWithItsOwnLayoutIsTheOnlyOneReached() throws Exception {
        AnalysisSession own = session.withOwnLayout(tyk2, "");

        LayoutEditViewModel edit = new LayoutEditViewModel(own, tyk2, List.of(A03));

        assertEquals(false, edit.isShared());
        assertEquals(
                "Applies to the layout 'panel-layout.csv (TYK2-P1)', used by TYK2-P1 only.",
                edit.scopeProperty().get());
    }

    @Test
    void listsFourPlatesAndCountsTheRest() {
        LayoutScope scope = new LayoutScope("panel-layout.csv", "P1", List.of("P1", "P2", "P3", "P4", "P5", "P6"));

        assertEquals(
                "Applies to the layout 'panel-layout.csv', used by 6 plates: P1, P2, P3, P4 and 2 more.",
                scope.describe(false));
    }
}
