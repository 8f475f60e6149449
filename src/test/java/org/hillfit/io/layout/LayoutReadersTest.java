/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hillfit.io.ImportContext;
import org.hillfit.io.ImportException;
import org.hillfit.plate.Concentration;
import org.hillfit.plate.ConcentrationUnit;
import org.hillfit.plate.LayoutSet;
import org.hillfit.plate.PlateLayout;
import org.hillfit.plate.WellContent;
import org.hillfit.plate.WellFlag;
import org.hillfit.plate.WellId;
import org.hillfit.plate.WellRole;
import org.hillfit.testing.PublicData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LayoutReadersTest {
    @TempDir
    Path dir;

    private LayoutSet read(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return LayoutReaders.read(file, ImportContext.defaults());
    }

    private static WellContent at(LayoutSet set, String well) {
        return set.shared().orElseThrow().content(WellId.parse(well));
    }

    @Test
    void readsTitledGridsWithTheUnitInTheTitle() throws Exception {
        LayoutSet set = read(
                "grid.csv",
                """
                Role
                ,1,2,3
                A,neutral,sample,inhibitor
                B,,sample,

                Compound
                ,1,2,3
                A,,HF-001,
                B,,HF-001,

                Concentration (uM)
                ,1,2,3
                A,,10,
                B,,3.333,
                """);
        assertEquals(WellRole.NEUTRAL, at(set, "A1").role());
        assertEquals(
                WellContent.sample("HF-001", new Concentration(3.333, ConcentrationUnit.MICROMOLAR)), at(set, "B2"));
        assertEquals(WellRole.EMPTY, at(set, "B3").role());
        assertEquals(4, set.shared().orElseThrow().wells().size());
    }

    @Test
    void aUnitGridOverridesTheTitleUnitPerWell() throws Exception {
        LayoutSet set = read(
                "grid.csv",
                """
                role,1,2
                A,sample,sample
                compound,1,2
                A,X,X
                conc (nM),1,2
                A,10,1
                unit,1,2
                A,,uM
                """);
        assertEquals(
                new Concentration(10, ConcentrationUnit.NANOMOLAR),
                at(set, "A1").concentration().orElseThrow());
        assertEquals(
                new Concentration(1, ConcentrationUnit.MICROMOLAR),
                at(set, "A2").concentration().orElseThrow());
    }

    @Test
    void plateTitleLinesGivePlatesTheirOwnGrids() throws Exception {
        LayoutSet set = read(
                "plates.csv",
                """
                Plate: BC-1
                role,1,2
                A,neutral,inhibitor

                Plate: BC-2
                role,1,2
                A,inhibitor,neutral
                """);
        assertEquals(List.of("BC-1", "BC-2"), List.copyOf(set.byPlate().keySet()));
        assertEquals(
                WellRole.INHIBITOR,
                set.byPlate().get("BC-2").content(WellId.parse("A1")).role());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            # grid layout                                                        | expected in the message
            compound,1,2\\nA,X,X                                                    | no 'role' grid
            role,1,2\\nA,neutral,\\ncompound,1,2\\nA,,Y                              | grid.csv, line 4, well A02: well A02 has a compound
            role,1,2\\nA,sample,\\ncompound,1,2\\nA,X,                                | well A01: a sample well needs a concentration
            role,1,2\\nA,sample,\\ncompound,1,2\\nA,X,\\nconcentration,1,2\\nA,5,     | has no unit
            role,1,2\\nA,sideways,                                                  | line 2, well A01: unknown role 'sideways'
            role,1,2\\nA,neutral,\\nrole,1,2\\nA,neutral,                             | a second 'role' grid
            """)
    void rejectsBadGridLayoutsNamingLineAndWell(String text, String expected) {
        ImportException e = assertThrows(ImportException.class, () -> read("grid.csv", text.replace("\\n", "\n")));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void ignoredGridsAreWarnings() throws Exception {
        LayoutSet set = read("grid.csv", "Notes,1,2\nA,x,y\nrole,1,2\nA,neutral,inhibitor\n");
        assertTrue(set.warnings().stream().anyMatch(w -> w.contains("'Notes'") && w.contains("ignored")));
    }

    @Test
    void readsTheLongFormWithPlateAndFlagColumns() throws Exception {
        LayoutSet set = read(
                "long.csv",
                """
                plate,well,role,compound,concentration,unit,flag
                ,A1,neutral,,,,
                ,A2,inhibitor,,,,
                BC-7,A3,sample,X,10,nM,failed_transfer (no fluid)
                BC-7,A4,sample,X,1,nM,
                """);
        assertEquals(2, set.shared().orElseThrow().wells().size());
        PlateLayout own = set.byPlate().get("BC-7");
        assertEquals(
                WellFlag.FAILED_TRANSFER,
                own.flag(WellId.parse("A3")).orElseThrow().flag());
        assertEquals("no fluid", own.flag(WellId.parse("A3")).orElseThrow().text());
    }

    @Test
    void aWellListedTwiceForOnePlateIsAnError() {
        ImportException e = assertThrows(
                ImportException.class,
                () -> read("long.csv", "plate,well,role\nP1,A1,neutral\nP2,A1,neutral\nP1,A01,inhibitor\n"));
        assertTrue(
                e.getMessage().contains("line 4, well A01: well A01 is listed twice for plate 'P1'"), e.getMessage());
    }

    @Test
    void readsASheetWithTheLongFormAndWarnsAboutOtherSheets() throws Exception {
        Path file = dir.resolve("layout.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            fill(wb.createSheet("Notes"), new Object[][] {{"made by", "Ada"}});
            fill(wb.createSheet("Layout"), new Object[][] {
                {"well", "role", "compound", "concentration", "unit"},
                {"A1", "neutral"},
                {"A2", "sample", "X", 0.5, "uM"}
            });
            write(wb, file);
        }
        LayoutSet set = LayoutReaders.read(file, ImportContext.defaults());
        assertEquals(
                new Concentration(0.5, ConcentrationUnit.MICROMOLAR),
                at(set, "A2").concentration().orElseThrow());
        assertTrue(set.warnings().stream().anyMatch(w -> w.contains("'Notes'") && w.contains("ignored")));
    }

    @Test
    void readsAWorkbookWithOneGridPerSheetTitledBySheetName() throws Exception {
        Path file = dir.resolve("grids.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            fill(wb.createSheet("role"), new Object[][] {{"", 1, 2}, {"A", "sample", "neutral"}});
            fill(wb.createSheet("compound"), new Object[][] {{"", 1, 2}, {"A", "HF-9", ""}});
            fill(wb.createSheet("concentration (nM)"), new Object[][] {{"", 1, 2}, {"A", 12.5, ""}});
            write(wb, file);
        }
        LayoutSet set = LayoutReaders.read(file, ImportContext.defaults());
        assertEquals(WellContent.sample("HF-9", new Concentration(12.5, ConcentrationUnit.NANOMOLAR)), at(set, "A1"));
        assertEquals(WellRole.NEUTRAL, at(set, "A2").role());
    }

    @Test
    void somethingElseIsNotALayout() {
        ImportException e = assertThrows(ImportException.class, () -> read("notes.txt", "Dear diary,\nno layout.\n"));
        assertTrue(e.getMessage().contains("not a plate layout"), e.getMessage());
    }

    @Test
    void warnsAboutVehicleWellsAndCompoundsWithTooFewDoses() throws Exception {
        LayoutSet set = read(
                "long.csv",
                """
                well,role,compound,concentration,unit
                A1,neutral,,,
                A2,inhibitor,,,
                A3,sample,X,0,nM
                A4,sample,X,10,nM
                A5,sample,X,1,nM
                """);
        assertTrue(
                set.warnings().stream().anyMatch(w -> w.contains("'X' has 2 concentrations")),
                set.warnings()::toString);
        assertTrue(set.warnings().stream().anyMatch(w -> w.contains("A03") && w.contains("join the neutral")));
    }

    @Test
    void theTecanSchemeSideCarIsRefusedForItsMissingRoles() {
        Path scheme = PublicData.file("tecan/scheme.txt");
        ImportException e =
                assertThrows(ImportException.class, () -> LayoutReaders.read(scheme, ImportContext.defaults()));
        assertTrue(
                e.getMessage().startsWith("scheme.txt, line 1: the layout header has no 'role' column"),
                e.getMessage());
    }

    @Test
    void theTecanPhSeriesMapIsNotALayout() {
        Path list = PublicData.file("tecan/list.pH.csv");
        ImportException e =
                assertThrows(ImportException.class, () -> LayoutReaders.read(list, ImportContext.defaults()));
        assertTrue(e.getMessage().contains("not a plate layout"), e.getMessage());
    }

    static void fill(Sheet sheet, Object[][] cells) {
        for (int r = 0; r < cells.length; r++) {
            Row row = sheet.createRow(r);
            for (int c = 0; c < cells[r].length; c++) {
                Object v = cells[r][c];
                if (v instanceof Number n) {
                    row.createCell(c).setCellValue(n.doubleValue());
                } else {
                    row.createCell(c).setCellValue((String) v);
                }
            }
        }
    }

    static void write(XSSFWorkbook wb, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
    }

    /** Regression (#11): a repeated row letter in a grid silently overwrote the first row's wells. */
    @Test
    void aGridRowListedTwiceIsRefusedRatherThanOverwritten() {
        ImportException e = assertThrows(
                ImportException.class,
                () -> read("grid.csv", "Role\n,1,2\nA,neutral,inhibitor\nA,inhibitor,neutral\n"));
        assertTrue(e.getMessage().contains("line 4: row A of the 'Role' grid appears twice"), e.getMessage());
    }

    /** Regression (#11): a value right of a grid's header was silently dropped. */
    @Test
    void aGridValueRightOfTheHeaderIsRefusedRatherThanDropped() {
        ImportException e = assertThrows(
                ImportException.class, () -> read("grid.csv", "Role\n,1,2\nA,neutral,inhibitor,neutral\n"));
        assertTrue(e.getMessage().contains("line 3: the 'Role' grid has a value in cell 4"), e.getMessage());
    }

    /** Regression (#11): a source map with a header only was accepted as an empty map. */
    @Test
    void aSourceMapWithoutWellsIsRefused() throws IOException {
        Path file = dir.resolve("map.csv");
        Files.writeString(file, "source_plate,source_well,compound,concentration,unit\n");
        ImportException e = assertThrows(ImportException.class, () -> SourceMap.read(file, ImportContext.defaults()));
        assertTrue(e.getMessage().contains("map.csv, line 1: the source map has a header but no source wells"));
    }
}
