/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.samples.formats;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes sheets of text rows as an XLSX workbook; cells that are numbers become numeric cells, as in Excel. */
final class XlsxBytes {
    private XlsxBytes() {}

    /** A workbook with these sheets (name → rows), in order. */
    static byte[] of(Map<String, List<List<String>>> sheets) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (Map.Entry<String, List<List<String>>> e : new LinkedHashMap<>(sheets).entrySet()) {
                Sheet sheet = workbook.createSheet(e.getKey());
                List<List<String>> rows = e.getValue();
                for (int r = 0; r < rows.size(); r++) {
                    Row row = sheet.createRow(r);
                    List<String> cells = rows.get(r);
                    for (int c = 0; c < cells.size(); c++) {
                        String text = cells.get(c);
                        if (text.isEmpty()) {
                            continue;
                        }
                        if (text.matches("-?\\d+(\\.\\d+)?([eE]-?\\d+)?")) {
                            row.createCell(c).setCellValue(Double.parseDouble(text));
                        } else {
                            row.createCell(c).setCellValue(text);
                        }
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
