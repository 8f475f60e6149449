/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.apache.poi.xssf.usermodel.XSSFShape;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hillfit.result.ControlChart;
import org.hillfit.result.ControlPoint;
import org.hillfit.result.ControlStatus;
import org.hillfit.result.Potency;
import org.junit.jupiter.api.Test;

class ReferenceSheetWriterTest {

    @Test
    void writesTheReproducibilityAndOneNumericRowPerRun() throws Exception {
        ControlPoint run = new ControlPoint(
                "day5 / P1",
                Optional.of(LocalDate.of(2025, 3, 3)),
                Optional.of(Potency.exact(-6.3)),
                ControlStatus.OUTSIDE_LIMITS,
                Optional.empty(),
                6.79,
                7.31);
        ControlChart chart = new ControlChart("TYK2", "REF", List.of(run), 6.9, 0.35, 5, 10.0, 6.19, 7.61);
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Reference");
            ReferenceSheetWriter.fill(sheet, List.of(chart));

            assertEquals("TYK2 reference REF", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals("MSR", sheet.getRow(1).getCell(6).getStringCellValue());
            assertEquals(10.0, sheet.getRow(1).getCell(7).getNumericCellValue());
            assertEquals("pIC50", sheet.getRow(2).getCell(6).getStringCellValue());
            assertEquals(CellType.NUMERIC, sheet.getRow(3).getCell(6).getCellType());
            assertEquals(6.3, sheet.getRow(3).getCell(6).getNumericCellValue(), 1e-12);
            assertEquals("outside_limits", sheet.getRow(3).getCell(7).getStringCellValue());
            assertEquals(6.79, sheet.getRow(3).getCell(8).getNumericCellValue(), 1e-12);
        }
    }

    @Test
    void drawsEachControlChartBesideItsBlockWithoutOverlappingTheNext() throws Exception {
        ControlPoint run = new ControlPoint(
                "P1",
                Optional.empty(),
                Optional.of(Potency.exact(-7)),
                ControlStatus.IN_LIMITS,
                Optional.empty(),
                6.5,
                7.5);
        ControlChart tyk2 = new ControlChart("TYK2", "REF", List.of(run), 7.0, 0.2, 3, 2.5, 6.6, 7.4);
        ControlChart jak1 = new ControlChart("JAK1", "REF", List.of(run), 7.0, 0.2, 3, 2.5, 6.6, 7.4);
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet("Reference");
            ReferenceSheetWriter.fill(sheet, List.of(tyk2, jak1));

            XSSFDrawing drawing = sheet.getDrawingPatriarch();
            List<XSSFShape> shapes = drawing.getShapes();
            assertEquals(2, shapes.size());
            XSSFClientAnchor first = ((XSSFPicture) shapes.get(0)).getClientAnchor();
            XSSFClientAnchor second = ((XSSFPicture) shapes.get(1)).getClientAnchor();
            assertEquals(ReferenceSheetWriter.HEADER.size() + 1, first.getCol1());
            assertEquals(0, first.getRow1());
            int jak1Title = second.getRow1();
            assertEquals(
                    "JAK1 reference REF", sheet.getRow(jak1Title).getCell(0).getStringCellValue());
            assertTrue(first.getRow2() < jak1Title, "the first chart ends at row " + first.getRow2());
            assertTrue(workbook.getAllPictures().get(0).getData().length > 10_000, "a rendered PNG");
        }
    }

    @Test
    void saysSoWhenNoReferenceIsMarked() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Reference");
            ReferenceSheetWriter.fill(sheet, List.of());
            assertEquals(
                    "No reference compound is marked for any assay.",
                    sheet.getRow(0).getCell(0).getStringCellValue());
        }
    }
}
