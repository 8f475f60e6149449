/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CellTextTest {
    @TempDir
    Path dir;

    @Test
    void replacesCharactersXmlCannotHold() {
        assertEquals("a\uFFFDb\tc\nd", CellText.clean("a\u0001b\tc\nd"));
    }

    @Test
    void cutsAtExcelsLimit() {
        String cut = CellText.clean("x".repeat(40_000));
        assertEquals(CellText.MAX_LENGTH, cut.length());
        assertEquals('\u2026', cut.charAt(cut.length() - 1));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"=1+1", "+1", "-1", "@SUM(A1)", "\t=1+1", "\r=1+1", "=cmd|' /C calc'!A0", "_x0041_", "a_x263A_b"
            })
    void formulaLikeAndEscapeLikeTextReadsBackVerbatim(String text) throws Exception {
        Path file = dir.resolve("t.xlsx");
        try (SXSSFWorkbook workbook = new SXSSFWorkbook()) {
            var sheet = workbook.createSheet("T");
            SheetTable table = new SheetTable(sheet, new Styles(workbook), 0, List.of("Name"), new int[] {30});
            table.text(table.nextRow(), 0, text);
            table.finish(0);
            try (var out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(file.toFile())) {
            Row row = workbook.getSheet("T").getRow(1);
            assertEquals(CellType.STRING, row.getCell(0).getCellType());
            assertEquals(text, row.getCell(0).getStringCellValue());
        }
    }
}
