/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.samples;

import java.util.Map;
import org.hillfit.plate.PlateLayout;
import org.hillfit.plate.WellContent;
import org.hillfit.plate.WellId;

/** Writes a layout in the long CSV form of the CLI contract. */
public final class LayoutCsvWriter {
    private LayoutCsvWriter() {}

    /** The CSV text. */
    public static String write(PlateLayout layout) {
        StringBuilder s = new StringBuilder("well,role,compound,concentration,unit\n");
        for (Map.Entry<WellId, WellContent> e : layout.wells().entrySet()) {
            WellContent content = e.getValue();
            s.append(e.getKey().label())
                    .append(',')
                    .append(content.role().slug())
                    .append(',')
                    .append(content.compound().orElse(""))
                    .append(',')
                    .append(content.concentration().map(c -> plain(c.value())).orElse(""))
                    .append(',')
                    .append(content.concentration()
                            .map(c -> c.unit().asciiSymbol())
                            .orElse(""))
                    .append('\n');
        }
        return s.toString();
    }

    private static String plain(double v) {
        return new java.math.BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
    }
}
