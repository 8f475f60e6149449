/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.hillfit.plate.Concentration;
import org.hillfit.plate.ConcentrationUnit;
import org.hillfit.plate.PlateFormat;
import org.hillfit.plate.PlateLayout;
import org.hillfit.plate.WellContent;
import org.hillfit.plate.WellId;
import org.hillfit.plate.WellRole;
import org.hillfit.samples.PanelDesign;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DilutionRuleTest {

    private static final Concentration TEN_UM = new Concentration(10, ConcentrationUnit.MICROMOLAR);

    static DilutionRule panelRule() {
        return new DilutionRule(
                PlateFormat.WELLS_384,
                PanelDesign.compounds(),
                new DoseSteps(new Concentration(10_000, ConcentrationUnit.NANOMOLAR), 3, 10, 4),
                SeriesDirection.ALONG_ROWS,
                new DilutionRule.Replicates(2, ReplicatePattern.ADJACENT_WELLS),
                List.of(
                        ControlBand.parse(WellRole.NEUTRAL, "columns 1-2"),
                        ControlBand.parse(WellRole.INHIBITOR, "columns 23-24")));
    }

    private static DilutionRule rule96(
            List<String> compounds,
            SeriesDirection direction,
            int replicates,
            ReplicatePattern pattern,
            String... bands) {
        List<ControlBand> controls = new java.util.ArrayList<>();
        for (int i = 0; i < bands.length; i += 2) {
            controls.add(ControlBand.parse(WellRole.parse(bands[i]).orElseThrow(), bands[i + 1]));
        }
        return new DilutionRule(
                PlateFormat.WELLS_96,
                compounds,
                new DoseSteps(TEN_UM, 10, 4, 4),
                direction,
                new DilutionRule.Replicates(replicates, pattern),
                controls);
    }

    private static WellContent at(PlateLayout layout, String well) {
        return layout.content(WellId.parse(well));
    }

    private static WellContent dose(String compound, double micromolar) {
        return WellContent.sample(compound, new Concentration(micromolar, ConcentrationUnit.MICROMOLAR));
    }

    @Test
    void thePanelRuleGivesThePanelLayoutExactly() {
        assertEquals(PanelDesign.layout(), panelRule().layout());
    }

    @Test
    void describesItselfAsATemplateName() {
        assertEquals(
                "384 · 16 cpds × 10 pts × 2 · controls cols 1–2/23–24",
                panelRule().describe());
    }

    @ParameterizedTest
    @CsvSource({
        // top, unit, fold,  i, digits, expected (same unit)
        "10,    uM,   3,     1, 4,      3.333", //   10 / 3
        "10,    uM,   3,     3, 4,      0.3704", //  10 / 27 = 0.370370… rounds up
        "10000, nM,   3,     9, 4,      0.5081", //  10000 / 19683 = 0.508052…
        "10000, nM,   3,     7, 4,      4.572", //   10000 / 2187 = 4.57247…
        "30,    uM,   3.162, 2, 4,      3.001", //   30 / 9.998244 = 3.000527 (half-log)
        "1,     mM,   2,     10, 3,     0.000977", // 1 / 1024 = 0.0009765625 → 3 digits
        "100,   nM,   10,    2, 4,      1", //       exact decimals stay exact
    })
    void dosesAreRoundedToSignificantDigits(double top, String unit, double fold, int i, int digits, double expected) {
        DoseSteps steps = new DoseSteps(
                new Concentration(top, ConcentrationUnit.parse(unit).orElseThrow()), fold, 12, digits);
        assertEquals(expected, steps.dose(i).value(), 0.0);
    }

    @Test
    void seriesRunDownColumnsWithAdjacentWellReplicates() {
        PlateLayout layout = rule96(
                        List.of("A", "B"),
                        SeriesDirection.ALONG_COLUMNS,
                        2,
                        ReplicatePattern.ADJACENT_WELLS,
                        "neutral",
                        "columns 1",
                        "inhibitor",
                        "columns 12")
                .layout();
        // column 2: A rows A–H: 10, 10, 1, 1, 0.1, 0.1, 0.01, 0.01 µM; B starts in column 3
        assertEquals(dose("A", 10), at(layout, "A2"));
        assertEquals(dose("A", 10), at(layout, "B2"));
        assertEquals(dose("A", 1), at(layout, "C2"));
        assertEquals(dose("A", 0.01), at(layout, "H2"));
        assertEquals(dose("B", 10), at(layout, "A3"));
        assertEquals(WellRole.NEUTRAL, at(layout, "H1").role());
        assertEquals(WellRole.EMPTY, at(layout, "A4").role());
    }

    @Test
    void adjacentRowReplicatesRepeatTheSeriesInTheNextRow() {
        PlateLayout layout = rule96(
                        List.of("A", "B", "C", "D"),
                        SeriesDirection.ALONG_ROWS,
                        2,
                        ReplicatePattern.ADJACENT_ROWS,
                        "neutral",
                        "columns 1",
                        "inhibitor",
                        "columns 12")
                .layout();
        // 10 free columns hold 2 series of 4 doses per row pair: A and B in rows A/B, C and D in rows C/D
        assertEquals(dose("A", 10), at(layout, "A2"));
        assertEquals(dose("A", 10), at(layout, "B2"));
        assertEquals(dose("A", 0.01), at(layout, "B5"));
        assertEquals(dose("B", 10), at(layout, "A6"));
        assertEquals(dose("C", 1), at(layout, "D3"));
        assertEquals(WellRole.EMPTY, at(layout, "A10").role());
    }

    @Test
    void separatePlateReplicatesPutOneReplicateOnEachPlate() {
        PlateLayout layout = rule96(List.of("A"), SeriesDirection.ALONG_ROWS, 3, ReplicatePattern.SEPARATE_PLATES)
                .layout();
        assertEquals(4, layout.wellsWithRole(WellRole.SAMPLE).size());
        assertEquals(dose("A", 0.01), at(layout, "A4")); // 10, 1, 0.1, 0.01 µM
    }

    @Test
    void controlRowsTakeWholeLanes() {
        PlateLayout layout = rule96(
                        List.of("A", "B"),
                        SeriesDirection.ALONG_ROWS,
                        1,
                        ReplicatePattern.ADJACENT_WELLS,
                        "neutral",
                        "rows A",
                        "blank",
                        "rows H")
                .layout();
        assertEquals(WellRole.BLANK, at(layout, "H5").role());
        // 12 columns hold 3 series of 4 per row: A and B share row B
        assertEquals(dose("A", 10), at(layout, "B1"));
        assertEquals(dose("B", 10), at(layout, "B5"));
    }

    @Test
    void tooManyCompoundsIsAnErrorThatSaysWhatFits() {
        DilutionRule rule = panelRule()
                .withCompounds(java.util.stream.IntStream.rangeClosed(1, 17)
                        .mapToObj(i -> "C" + i)
                        .toList());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, rule::layout);
        assertTrue(e.getMessage().contains("17 compounds"), e.getMessage());
        assertTrue(e.getMessage().contains("room for 16 series"), e.getMessage());
        assertEquals(16, rule.capacity());
    }

    @Test
    void overlappingControlsAreRejected() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> rule96(
                        List.of("A"),
                        SeriesDirection.ALONG_ROWS,
                        1,
                        ReplicatePattern.ADJACENT_WELLS,
                        "neutral",
                        "columns 1",
                        "blank",
                        "rows A"));
        assertTrue(e.getMessage().contains("overlap at well A01"), e.getMessage());
    }

    @Test
    void controlsOutsideThePlateAreRejected() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> rule96(
                        List.of("A"),
                        SeriesDirection.ALONG_ROWS,
                        1,
                        ReplicatePattern.ADJACENT_WELLS,
                        "inhibitor",
                        "columns 23-24"));
        assertTrue(e.getMessage().contains("96-well plates have 12 columns"), e.getMessage());
    }

    @Test
    void duplicateCompoundsAreRejected() {
        assertThrows(
                IllegalArgumentException.class,
                () -> rule96(List.of("A", "A"), SeriesDirection.ALONG_ROWS, 1, ReplicatePattern.ADJACENT_WELLS));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            # text                    | axis    | indices    | describe()
            columns 1-2, 23-24        | COLUMNS | 1,2,23,24  | columns 1-2, 23-24
            cols 1–2/23–24            | COLUMNS | 1,2,23,24  | columns 1-2, 23-24
            column 24                 | COLUMNS | 24         | columns 24
            rows A-B                  | ROWS    | 1,2        | rows A-B
            rows P, a                 | ROWS    | 1,16       | rows A, P
            rows 3-1                  | ROWS    | 1,2,3      | rows A-C
            """)
    void parsesControlBands(String text, ControlBand.Axis axis, String indices, String described) {
        ControlBand band = ControlBand.parse(WellRole.NEUTRAL, text);
        assertEquals(axis, band.axis());
        assertEquals(
                java.util.Arrays.stream(indices.split(","))
                        .map(Integer::valueOf)
                        .toList(),
                band.indices());
        assertEquals(described, band.describe());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            # text          | expected in the message
            diagonal 1-2    | expected control wells as
            columns 1-x     | expected a number
            rows Q9         | not a row letter
            columns 0       | row and column numbers run 1–48
            """)
    void rejectsBadControlBands(String text, String expected) {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> ControlBand.parse(WellRole.BLANK, text));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
