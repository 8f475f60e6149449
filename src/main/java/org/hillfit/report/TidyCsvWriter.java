/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.hillfit.plate.Channel;
import org.hillfit.plate.Plate;
import org.hillfit.plate.WellId;
import org.hillfit.plate.WellMarker;

/**
 * Every value of every plate as {@code plate,well,row,column,channel,value,flag} ({@code hillfit convert}). Wells
 * in plate order, channels in file order; {@code value} is empty when {@code flag} holds a marker. Values are
 * written at full precision (shortest text that reads back to the same double).
 */
public final class TidyCsvWriter {
    /** The contract header. */
    public static final List<String> HEADER = List.of("plate", "well", "row", "column", "channel", "value", "flag");

    private TidyCsvWriter() {}

    /** Writes the file atomically. */
    public static void write(List<Plate> plates, Path target) throws IOException {
        CsvOutput.write(target, HEADER, printer -> {
            for (Plate plate : plates) {
                for (WellId well : plate.format().wells()) {
                    for (Channel channel : plate.channels()) {
                        if (!channel.isPresent(well)) {
                            continue;
                        }
                        Optional<WellMarker> marker = channel.marker(well);
                        printer.printRecord(
                                CsvText.safe(plate.name()),
                                well.label(),
                                well.rowLabel(),
                                well.column(),
                                CsvText.safe(channel.name()),
                                marker.isPresent() ? "" : fullPrecision(channel.valueAt(well)),
                                marker.map(m -> m.flag().slug()).orElse(""));
                    }
                }
            }
        });
    }

    /** Shortest round-trip text, without exponent for ordinary magnitudes and without a trailing ".0". */
    static String fullPrecision(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return new java.math.BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
    }
}
