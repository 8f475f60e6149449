/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.samples.formats;

import java.util.List;
import java.util.Map;

/** The generic well list, long form ({@code plate,well,channel,value,flag}), as a one-sheet XLSX workbook. */
public final class GenericListXlsxWriter implements ExportWriter {

    @Override
    public String importerId() {
        return "generic-list";
    }

    @Override
    public String variant() {
        return "xlsx";
    }

    @Override
    public String fileSuffix() {
        return ".list.xlsx";
    }

    @Override
    public byte[] write(List<ExportPlate> plates) {
        return XlsxBytes.of(Map.of("Wells", GenericListRows.rows(plates, false)));
    }
}
