/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.layout;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.hillfit.job.SpreadsheetText;
import org.hillfit.plate.Concentration;
import org.hillfit.plate.LayoutSet;
import org.hillfit.plate.PlateLayout;
import org.hillfit.plate.WellContent;
import org.hillfit.plate.WellId;

/**
 * Writes layouts in the long form {@link LongLayoutReader} reads: {@code well,role,compound,concentration,unit},
 * preceded by a {@code plate} column when plates have layouts of their own and followed by a {@code flag} column
 * when a well is flagged. Wells in plate order, concentrations in plain decimals in their own unit (ASCII "uM").
 * The caller writes the text to a file (atomically).
 */
public final class LongLayoutWriter {
    private static final CSVFormat FORMAT =
            CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();

    private LongLayoutWriter() {}

    /** The CSV text of a layout set. */
    public static String write(LayoutSet set) {
        boolean plates = !set.byPlate().isEmpty();
        boolean flags = set.shared().map(l -> !l.flags().isEmpty()).orElse(false)
                || set.byPlate().values().stream().anyMatch(l -> !l.flags().isEmpty());
        List<String> header = new ArrayList<>();
        if (plates) {
            header.add("plate");
        }
        header.addAll(List.of("well", "role", "compound", "concentration", "unit"));
        if (flags) {
            header.add("flag");
        }
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            printer.printRecord(header);
            if (set.shared().isPresent()) {
                rows(printer, "", set.shared().get(), plates, flags);
            }
            for (Map.Entry<String, PlateLayout> e : set.byPlate().entrySet()) {
                rows(printer, e.getKey(), e.getValue(), plates, flags);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string cannot fail", e);
        }
        return out.toString();
    }

    /** The CSV text of one layout for every plate. */
    public static String write(PlateLayout layout) {
        return write(LayoutSet.of(layout));
    }

    private static void rows(CSVPrinter printer, String plate, PlateLayout layout, boolean plates, boolean flags)
            throws IOException {
        for (Map.Entry<WellId, WellContent> e : layout.wells().entrySet()) {
            WellContent content = e.getValue();
            List<String> row = new ArrayList<>();
            if (plates) {
                row.add(SpreadsheetText.defuse(plate));
            }
            row.add(e.getKey().label());
            row.add(content.role().slug());
            row.add(SpreadsheetText.defuse(content.compound().orElse("")));
            row.add(content.concentration().map(LongLayoutWriter::plain).orElse(""));
            row.add(content.concentration().map(c -> c.unit().asciiSymbol()).orElse(""));
            if (flags) {
                row.add(layout.flag(e.getKey()).map(LayoutCells::flagText).orElse(""));
            }
            printer.printRecord(row);
        }
    }

    /** The value in plain decimal notation without trailing zeros ("370.4", "0.5081", "10000"). */
    static String plain(Concentration c) {
        return new BigDecimal(Double.toString(c.value())).stripTrailingZeros().toPlainString();
    }
}
