/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.hillfit.ui.UiFixtures;
import org.hillfit.ui.session.CurveItem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The IC50 table shows the report's texts, filters by search words and copies as tab-separated text. */
class ResultsViewModelTest {
    private static List<CurveItem> curves;

    @BeforeAll
    static void panel() throws Exception {
        curves = CurveItem.of(UiFixtures.session("TYK2", "JAK1"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            # TYK2 HF-001: a complete curve; the numbers as the Excel report shows them
            IC50 (nM)   | 1.95
            95% CI (nM) | 1.54–2.46
            pIC50       | 8.71
            Qualifier   | ''
            Class       | 1.1
            Status      | ok
            # a qualified value shows its qualifier in its own column and the bound as the number
            """)
    void showsTheFormattedNumbersOfACurve(String header, String expected) {
        ResultColumn column = column(header);
        CurveItem hf001 = find("TYK2", "HF-001");

        assertEquals(expected, column.cell(hf001).text());
    }

    @Test
    void aCurveBeyondTheTestedRangeShowsItsQualifierAndBound() {
        CurveItem hf008 = find("TYK2", "HF-008");

        assertEquals(">", ResultColumn.QUALIFIER.cell(hf008).text());
        assertEquals("10000", ResultColumn.IC50.cell(hf008).text());
        assertEquals("<5.00", ResultColumn.PIC50.cell(hf008).text());
    }

    @Test
    void everySearchWordMustMatch() {
        ResultsViewModel results = new ResultsViewModel(new SimpleObjectProperty<>(curves));
        results.searchProperty().set("jak1 inactive");

        assertTrue(!results.rowsProperty().get().isEmpty());
        assertTrue(results.rowsProperty().get().stream()
                .allMatch(c -> c.curve().assay().equals("JAK1")
                        && c.curve().status().slug().equals("inactive")));
    }

    @Test
    void copiesAHeaderAndOneTabSeparatedLinePerRow() {
        ResultsViewModel results = new ResultsViewModel(new SimpleObjectProperty<>(curves));

        List<String> lines = results.tsv(curves.subList(0, 3)).lines().toList();

        assertEquals(4, lines.size());
        assertTrue(lines.get(0).startsWith("Assay\tPlate\tCompound\tStatus\tQualifier\tIC50 (nM)\t"), lines.get(0));
        assertTrue(lines.get(1).startsWith("TYK2\tTYK2-P1\tHF-001\tok\t\t1.95\t1.54–2.46\t8.71\t"), lines.get(1));
        assertEquals(ResultColumn.values().length, lines.get(1).split("\t", -1).length);
    }

    @Test
    void tabsAndLineBreaksInsideACellNeverSplitIt() {
        String text = TsvText.of(List.of("a", "b"), List.of(List.of("one\ttwo", "three\nfour")));

        assertEquals("a\tb\none two\tthree four\n", text);
    }

    @Test
    void numbersSortByValueNotByText() {
        Cell small = new Cell("9.50", 9.5);
        Cell large = new Cell("10.0", 10.0);
        Cell empty = new Cell("", Double.NaN);

        assertTrue(small.compareTo(large) < 0);
        assertTrue(large.compareTo(empty) < 0, "empty cells last");
    }

    private static ResultColumn column(String header) {
        for (ResultColumn c : ResultColumn.values()) {
            if (c.header().equals(header)) {
                return c;
            }
        }
        throw new IllegalArgumentException(header);
    }

    private static CurveItem find(String assay, String compound) {
        return curves.stream()
                .filter(c ->
                        c.curve().assay().equals(assay) && c.curve().compound().equals(compound))
                .findFirst()
                .orElseThrow();
    }
}
