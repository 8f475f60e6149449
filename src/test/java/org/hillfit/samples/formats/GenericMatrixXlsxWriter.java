/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.samples.formats;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hillfit.plate.PlateFormat;
import org.hillfit.plate.WellId;

/**
 * The generic plate matrix as an XLSX workbook: one sheet per plate, named after it; per channel a header row whose
 * corner cell is the channel title ("Em 665") above the row-letter rows; numbers as numeric cells, markers as text.
 */
public final class GenericMatrixXlsxWriter implements ExportWriter {

    @Override
    public String importerId() {
        return "generic-matrix";
    }

    @Override
    public String variant() {
        return "xlsx";
    }

    @Override
    public String fileSuffix() {
        return ".matrix.xlsx";
    }

    @Override
    public byte[] write(List<ExportPlate> plates) {
        Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
        for (ExportPlate plate : plates) {
            List<List<String>> rows = new ArrayList<>();
            for (ExportChannel channel : plate.channels()) {
                grid(rows, plate.format(), channel);
                rows.add(List.of());
            }
            sheets.put(plate.name(), rows);
        }
        return XlsxBytes.of(sheets);
    }

    private static void grid(List<List<String>> rows, PlateFormat format, ExportChannel channel) {
        List<String> header = new ArrayList<>(List.of("Em " + channel.emissionNm()));
        for (int c = 1; c <= format.columns(); c++) {
            header.add(Integer.toString(c));
        }
        rows.add(header);
        for (int r = 0; r < format.rows(); r++) {
            List<String> row = new ArrayList<>(Collections.singletonList(WellId.rowLabel(r)));
            for (int c = 1; c <= format.columns(); c++) {
                row.add(GenericCells.text(channel, format, new WellId(r, c), false)
                        .orElse(""));
            }
            rows.add(row);
        }
    }
}
