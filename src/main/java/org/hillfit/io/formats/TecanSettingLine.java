/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.formats;

import java.util.ArrayList;
import java.util.List;
import org.hillfit.io.table.TextRow;

/**
 * The settings on one line of a Tecan export, however the cells split them: {@code Mode | Fluorescence Top
 * Reading}, {@code Excitation Wavelength | 400 | nm}, {@code Date: | 20/02/2014}, a cell holding {@code Device:
 * infinite 200} next to a cell {@code Serial number: 810002712}, or {@code Temperature: 25.3 °C}.
 *
 * @param key the setting name without a trailing colon
 * @param value the value as written
 * @param unit the unit or qualifier cells after the value ("nm", "Manual"), joined by a space; "" when none
 */
record TecanSettingLine(String key, String value, String unit) {

    /** The settings of a line, in order; empty for a blank line. */
    static List<TecanSettingLine> of(TextRow row) {
        List<String> cells = row.nonBlank();
        List<TecanSettingLine> settings = new ArrayList<>();
        int i = 0;
        while (i < cells.size()) {
            String cell = cells.get(i);
            int colon = cell.indexOf(':');
            if (colon > 0 && colon < cell.length() - 1) {
                settings.add(new TecanSettingLine(
                        cell.substring(0, colon).strip(),
                        cell.substring(colon + 1).strip(),
                        ""));
                i++;
            } else {
                String key = colon > 0 ? cell.substring(0, colon).strip() : cell;
                String value = i + 1 < cells.size() ? cells.get(i + 1) : "";
                String unit = i + 2 < cells.size() ? String.join(" ", cells.subList(i + 2, cells.size())) : "";
                settings.add(new TecanSettingLine(key, value, unit));
                break;
            }
        }
        return settings;
    }

    /** The value with its unit, as written: "20 µs". */
    String valueWithUnit() {
        return unit.isEmpty() ? value : value + " " + unit;
    }
}
