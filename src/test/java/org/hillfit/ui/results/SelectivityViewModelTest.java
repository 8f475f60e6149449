/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.results;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.hillfit.ui.UiFixtures;
import org.hillfit.ui.session.CurveItem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The selectivity pivot: IC50 per assay and folds over the chosen primary assay. */
class SelectivityViewModelTest {
    private static List<CurveItem> curves;

    @BeforeAll
    static void panel() throws Exception {
        curves = CurveItem.of(UiFixtures.session("TYK2", "JAK1", "JAK2", "JAK3"));
    }

    @Test
    void takesFoldsOverTheFirstAssayByDefault() {
        SelectivityViewModel selectivity = new SelectivityViewModel(new SimpleObjectProperty<>(curves));

        CellRows pivot = selectivity.pivotProperty().get();
        assertEquals(
                List.of(
                        "Compound",
                        "TYK2 IC50 (nM)",
                        "JAK1 IC50 (nM)",
                        "JAK2 IC50 (nM)",
                        "JAK3 IC50 (nM)",
                        "JAK1/TYK2 fold",
                        "JAK2/TYK2 fold",
                        "JAK3/TYK2 fold"),
                pivot.header());
        List<PivotCell> hf001 = pivot.rows().get(0);
        assertEquals("HF-001", hf001.get(0).text());
        assertEquals("1.95", hf001.get(1).text());
        assertEquals("163", hf001.get(2).text());
        assertEquals("83.6", hf001.get(5).text());
        assertEquals("fold-mid", hf001.get(5).styleClass());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // assays          | the toolbar's sentence
                "fcs               | Only fcs is open: open plates of another assay to see folds over it.",
                "TYK2;JAK1         | fold = off-target IC50 / primary IC50",
                "TYK2;JAK1;JAK2    | fold = off-target IC50 / primary IC50",
            })
    void aSingleAssaySaysWhyThereAreNoFolds(String assays, String sentence) {
        assertEquals(sentence, SelectivityViewModel.legend(List.of(assays.split(";"))));
    }

    @Test
    void anotherPrimaryAssayTurnsTheFoldsRound() {
        SelectivityViewModel selectivity = new SelectivityViewModel(new SimpleObjectProperty<>(curves));
        selectivity.primaryProperty().set("JAK1");

        CellRows pivot = selectivity.pivotProperty().get();
        assertEquals("TYK2/JAK1 fold", pivot.header().get(5));
        assertEquals("0.0120", pivot.rows().get(0).get(5).text());
    }

    @Test
    void aBoundOverABoundIsUndetermined() {
        SelectivityViewModel selectivity = new SelectivityViewModel(new SimpleObjectProperty<>(curves));

        List<PivotCell> hf008 = selectivity.pivotProperty().get().rows().get(7);
        assertEquals("HF-008", hf008.get(0).text());
        assertEquals(">10000", hf008.get(1).text());
        assertEquals("undetermined", hf008.get(5).text());
    }
}
