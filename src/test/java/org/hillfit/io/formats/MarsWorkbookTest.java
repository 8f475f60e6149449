/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.hillfit.io.ImportProblem;
import org.hillfit.io.ImportResult;
import org.hillfit.io.ImporterRegistry;
import org.hillfit.plate.ChannelKind;
import org.hillfit.plate.Plate;
import org.hillfit.plate.PlateFormat;
import org.hillfit.plate.PlateMetadata;
import org.hillfit.plate.WellId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A SMART Control workbook built like {@code fluorescence_endpoint_example2.xlsx}: a "Microplate End point" sheet
 * with header cells, a "1. Layout" of content codes, a raw and a blank-corrected matrix (column numbers stored as
 * numbers, notes to the right after a gap), a transposed "Table End point" sheet and a "Protocol Information" sheet.
 * Raw value of a well = 1000 × (row index + 1) + column.
 */
class MarsWorkbookTest {
    @TempDir
    Path dir;

    private Path workbook;

    @BeforeEach
    void writeWorkbook() throws IOException {
        workbook = dir.resolve("smart.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(workbook)) {
            Sheet plate = book.createSheet("Microplate End point");
            String[] header = {
                "User: user",
                "Path: C:\\Program Files (x86)\\BMG\\SMART Control\\user\\Data",
                "Test ID: 3",
                "Test Name: PicoGreen",
                "Date: 11/12/2024",
                "Time: 1:06:28 PM",
                "ID1: WB-1",
                "ID2:",
                "ID3:",
                "Fluorescence (FI)"
            };
            for (int i = 0; i < header.length; i++) {
                plate.createRow(2 + i).createCell(0).setCellValue(header[i]);
            }
            matrix(plate, 15, "1. Layout", (r, c) -> c <= 3 ? "S" + (r + 1) : r == 7 && c == 12 ? "B" : "X" + c);
            matrix(plate, 26, "2. Raw Data (480-14/520-30)", (r, c) -> (double) (1000 * (r + 1) + c));
            matrix(plate, 37, "3. Blank corrected based on Raw Data (480-14/520-30)", (r, c) ->
                    (double) (1000 * (r + 1) + c - 5));
            Sheet table = book.createSheet("Table End point");
            Row wells = table.createRow(12);
            wells.createCell(0).setCellValue("Well");
            wells.createCell(1).setCellValue("A01");
            Row raw = table.createRow(13);
            raw.createCell(0).setCellValue(" Raw Data (480-14/520-30)");
            raw.createCell(1).setCellValue(1001);
            Sheet protocol = book.createSheet("Protocol Information");
            Row mode = protocol.createRow(14);
            mode.createCell(0).setCellValue("Microplate name:");
            mode.createCell(1).setCellValue("NUNC 96");
            book.write(out);
        }
    }

    /** A cell value by plate row (0 = A) and column (1–12). */
    private interface Cell {
        Object at(int row, int column);
    }

    private static void matrix(Sheet sheet, int titleRow, String title, Cell cell) {
        sheet.createRow(titleRow).createCell(1).setCellValue(title);
        Row header = sheet.createRow(titleRow + 1);
        for (int c = 1; c <= 12; c++) {
            header.createCell(c).setCellValue(c);
        }
        header.createCell(14).setCellValue("Plate: NUNC 96");
        for (int r = 0; r < 8; r++) {
            Row row = sheet.createRow(titleRow + 2 + r);
            row.createCell(0).setCellValue(String.valueOf((char) ('A' + r)));
            for (int c = 1; c <= 12; c++) {
                Object v = cell.at(r, c);
                if (v instanceof Double d) {
                    row.createCell(c).setCellValue(d);
                } else {
                    row.createCell(c).setCellValue((String) v);
                }
            }
        }
        sheet.getRow(titleRow + 3).createCell(14).setCellValue("Average of all blanks used");
    }

    @Test
    void readsTheRawAndCalculatedMatricesOfTheMicroplateSheet() throws Exception {
        ImportResult result =
                ImporterRegistry.builtIn().read(workbook, ImporterRegistry.AUTO, ImportContext.defaults());

        assertEquals(1, result.plates().size());
        Plate plate = result.plates().get(0);
        assertEquals("mars", plate.metadata(PlateMetadata.FORMAT).orElseThrow());
        assertEquals("WB-1", plate.name());
        assertEquals(PlateFormat.WELLS_96, plate.format());
        assertEquals(
                List.of("480-14/520-30", "Blank corrected based on Raw Data (480-14/520-30)"), plate.channelNames());
        assertEquals(520, plate.channels().get(0).info().emissionNm().orElseThrow());
        assertEquals(480, plate.channels().get(0).info().excitationNm().orElseThrow());
        assertEquals(1001, plate.channels().get(0).valueAt(WellId.parse("A01")), 0);
        assertEquals(8012, plate.channels().get(0).valueAt(WellId.parse("H12")), 0);
        assertEquals(ChannelKind.CALCULATED, plate.channels().get(1).info().kind());
        assertEquals(2002, plate.channels().get(1).valueAt(WellId.parse("B07")), 0);
    }

    @Test
    void keepsTheLayoutAsWellContentAndTheProtocolSheetAsMetadata() throws Exception {
        ImportResult result = new MarsImporter().read(workbook, ImportContext.defaults());
        Plate plate = result.plates().get(0);

        String content = plate.metadata(PlateMetadata.WELL_CONTENT).orElseThrow();
        assertTrue(content.startsWith("A01=S1;A02=S1;A03=S1;A04=X4;"), content);
        assertTrue(content.endsWith(";H11=X11;H12=B"), content);
        assertEquals("NUNC 96", plate.metadata("plate_type").orElseThrow());
        assertEquals(
                "BMG LABTECH SMART Control",
                plate.metadata(PlateMetadata.SOFTWARE).orElseThrow());
        assertEquals("2024-11-12T13:06:28", plate.metadata("measured_at_iso").orElseThrow());
        assertFalse(result.problems().stream().anyMatch(p -> p.severity() == ImportProblem.Severity.WARNING));
    }
}
