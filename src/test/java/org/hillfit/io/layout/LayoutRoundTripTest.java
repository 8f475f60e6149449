/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hillfit.io.ImportContext;
import org.hillfit.io.ImportException;
import org.hillfit.plate.Concentration;
import org.hillfit.plate.ConcentrationUnit;
import org.hillfit.plate.LayoutSet;
import org.hillfit.plate.PlateLayout;
import org.hillfit.plate.WellContent;
import org.hillfit.plate.WellFlag;
import org.hillfit.plate.WellId;
import org.hillfit.plate.WellMarker;
import org.hillfit.plate.WellRole;
import org.hillfit.samples.PanelDesign;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Long ↔ grid ↔ template: every written form reads back to the same layout. */
class LayoutRoundTripTest {
    @TempDir
    Path dir;

    private LayoutSet readBack(String name, String text) throws ImportException, java.io.IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return LayoutReaders.read(file, ImportContext.defaults());
    }

    /** Mixed units, explicit empty wells, blanks and vehicle wells, on a 96-well plate. */
    private static PlateLayout mixedLayout() {
        Map<WellId, WellContent> wells = new LinkedHashMap<>();
        wells.put(WellId.parse("A1"), WellContent.of(WellRole.NEUTRAL));
        wells.put(WellId.parse("A2"), WellContent.of(WellRole.INHIBITOR));
        wells.put(WellId.parse("A3"), WellContent.of(WellRole.BLANK));
        wells.put(WellId.parse("A4"), WellContent.of(WellRole.EMPTY));
        wells.put(
                WellId.parse("B1"),
                WellContent.sample("X, the \"first\"", new Concentration(30, ConcentrationUnit.MICROMOLAR)));
        wells.put(
                WellId.parse("B2"),
                WellContent.sample("X, the \"first\"", new Concentration(0.5081, ConcentrationUnit.NANOMOLAR)));
        wells.put(WellId.parse("B3"), WellContent.sample("Y", new Concentration(0, ConcentrationUnit.NANOMOLAR)));
        wells.put(
                WellId.parse("H12"),
                new WellContent(
                        WellRole.INHIBITOR,
                        Optional.of("REF"),
                        Optional.of(new Concentration(1, ConcentrationUnit.MILLIMOLAR))));
        return new PlateLayout(wells);
    }

    @Test
    void thePanelLayoutSurvivesLongAndGridForms() throws Exception {
        PlateLayout panel = PanelDesign.layout();
        assertEquals(
                panel,
                readBack("long.csv", LongLayoutWriter.write(panel)).shared().orElseThrow());
        assertEquals(
                panel,
                readBack("grid.csv", GridLayoutWriter.write(panel)).shared().orElseThrow());
    }

    @Test
    void mixedUnitsRolesAndQuotedNamesSurviveBothForms() throws Exception {
        PlateLayout layout = mixedLayout();
        PlateLayout viaLong =
                readBack("long.csv", LongLayoutWriter.write(layout)).shared().orElseThrow();
        PlateLayout viaGrid =
                readBack("grid.csv", GridLayoutWriter.write(layout)).shared().orElseThrow();
        assertEquals(layout, viaLong);
        assertEquals(layout, viaGrid);
        assertTrue(GridLayoutWriter.write(layout).contains("\nunit,1,2,"), "mixed units need a unit grid");
    }

    @Test
    void gridToLongToGridIsStable() throws Exception {
        String grid = GridLayoutWriter.write(mixedLayout());
        LayoutSet once = readBack("grid.csv", grid);
        LayoutSet twice = readBack("long.csv", LongLayoutWriter.write(once));
        assertEquals(grid, GridLayoutWriter.write(twice));
    }

    @Test
    void perPlateLayoutsAndFlagsSurviveTheLongForm() throws Exception {
        PlateLayout own =
                mixedLayout().withFlag(WellId.parse("B1"), new WellMarker(WellFlag.FAILED_TRANSFER, "no fluid"));
        LayoutSet set = new LayoutSet(Optional.of(PanelDesign.layout()), Map.of("BC-001", own), List.of());
        LayoutSet back = readBack("set.csv", LongLayoutWriter.write(set));
        assertEquals(set.shared(), back.shared());
        assertEquals(set.byPlate(), back.byPlate());
    }

    @Test
    void perPlateLayoutsSurviveTheGridFormWithoutFlags() throws Exception {
        LayoutSet set =
                new LayoutSet(Optional.empty(), Map.of("P-1", mixedLayout(), "P-2", PanelDesign.layout()), List.of());
        LayoutSet ordered = new LayoutSet(Optional.empty(), new LinkedHashMap<>(set.byPlate()), List.of());
        assertEquals(
                ordered.byPlate(),
                readBack("set.csv", GridLayoutWriter.write(ordered)).byPlate());
    }

    @Test
    void aTemplateSurvivesItsFileFormAndExpandsToTheSameLayout() throws Exception {
        LayoutTemplate template = LayoutTemplate.of(DilutionRuleTest.panelRule());
        String text = LayoutTemplateFile.write(template);
        LayoutTemplate back = LayoutTemplateFile.parse(Path.of("t.hillfit-template"), text);
        assertEquals(template, back);
        assertEquals(
                PanelDesign.layout(),
                readBack("panel.hillfit-template", text).shared().orElseThrow());
    }

    @Test
    void aTemplateMayCountCompoundsInsteadOfNamingThem() throws Exception {
        LayoutTemplate t = LayoutTemplateFile.parse(
                Path.of("t"),
                """
                format = hillfit-layout-template/1
                plate = 96
                top = 10 uM
                fold = 3
                points = 8
                compounds = 3
                neutral = columns 1
                inhibitor = columns 12
                """);
        assertEquals(List.of("CPD-01", "CPD-02", "CPD-03"), t.rule().compounds());
        assertEquals("96 · 3 cpds × 8 pts × 1 · controls cols 1/12", t.name());
        assertEquals(24, t.rule().layout().wellsWithRole(WellRole.SAMPLE).size());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            # template text                                                                 | expected in the message
            plate = 96\\ntop = 1 uM\\nfold = 3\\npoints = 4\\ncompound = X                      | no 'format' entry
            format = hillfit-layout-template/9\\nplate = 96                                   | line 1: unsupported template format
            format = hillfit-layout-template/1\\nplate = 97\\ntop = 1 uM                       | line 2: plate must be 96, 384 or 1536
            format = hillfit-layout-template/1\\nplate = 96\\ntop = 1 furlong                   | line 3: expected a concentration
            format = hillfit-layout-template/1\\nplate = 96\\ntop = 1 uM\\nfold = three         | line 4: expected a number for 'fold'
            format = hillfit-layout-template/1\\nplate = 96\\nplate = 384                      | line 3: 'plate' is given twice
            format = hillfit-layout-template/1\\nthis line has no equals sign                  | line 2: expected 'key = value'
            """)
    void aBadTemplateNamesItsLine(String text, String expected) {
        ImportException e = assertThrows(
                ImportException.class,
                () -> LayoutTemplateFile.parse(Path.of("t.hillfit-template"), text.replace("\\n", "\n")));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
