/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hillfit.plate.WellId;
import org.hillfit.plate.WellRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The dilution-rule editor makes the rule its fields describe, or says which field is wrong. */
class DilutionRuleViewModelTest {

    @Test
    void startsAtTheCommon384WellDesign() {
        DilutionRuleViewModel rule = new DilutionRuleViewModel();

        assertEquals(
                "384 · 16 cpds × 10 pts × 2 · controls cols 1–2/23–24",
                rule.summaryProperty().get());
        assertEquals("", rule.errorProperty().get());
        var layout = rule.validRule().orElseThrow().layout();
        assertEquals(WellRole.NEUTRAL, layout.content(WellId.parse("A01")).role());
        assertEquals(WellRole.INHIBITOR, layout.content(WellId.parse("P24")).role());
        assertEquals("HF-001", layout.content(WellId.parse("A03")).compound().orElseThrow());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            # field      | text typed    | the error names
            top          | ten           | top concentration
            fold         | 1             | dilution factor
            neutral      | columns 1-99  | neutral
            inhibitor    | diagonal      | inhibitor
            compounds    | ''            | compound
            """)
    void saysWhichFieldIsWrong(String field, String text, String named) {
        DilutionRuleViewModel rule = new DilutionRuleViewModel();
        switch (field) {
            case "top" -> rule.topProperty().set(text);
            case "fold" -> rule.foldProperty().set(text);
            case "neutral" -> rule.neutralProperty().set(text);
            case "inhibitor" -> rule.inhibitorProperty().set(text);
            default -> rule.compoundsProperty().set(text);
        }

        assertTrue(rule.validRule().isEmpty());
        assertTrue(
                rule.errorProperty().get().contains(named), rule.errorProperty().get());
        assertEquals("", rule.summaryProperty().get());
    }

    @Test
    void refusesMoreCompoundsThanFit() {
        DilutionRuleViewModel rule = new DilutionRuleViewModel();
        rule.compoundsProperty()
                .set(String.join(
                        "\n",
                        java.util.stream.IntStream.rangeClosed(1, 17)
                                .mapToObj(i -> "C" + i)
                                .toList()));

        assertTrue(
                rule.errorProperty().get().contains("17 compounds do not fit"),
                rule.errorProperty().get());
    }
}
