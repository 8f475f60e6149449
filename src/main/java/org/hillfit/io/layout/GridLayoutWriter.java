/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.layout;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.hillfit.job.SpreadsheetText;
import org.hillfit.plate.ConcentrationUnit;
import org.hillfit.plate.LayoutSet;
import org.hillfit.plate.PlateFormat;
import org.hillfit.plate.PlateLayout;
import org.hillfit.plate.WellContent;
import org.hillfit.plate.WellId;

/**
 * Writes layouts as titled grids, the form the grid reader reads: a {@code role} grid, a {@code compound} grid and
 * a concentration grid, titled {@code concentration (nM)} when the layout uses one unit, else followed by a {@code
 * unit} grid. Each grid's title is its corner cell, left of the column numbers; grids are separated by a blank
 * line. Plates with layouts of their own get a {@code Plate: KEY} line before their grids. Grids are as large
 * as the smallest plate format that holds the layout. Preparation flags are not part of the grid form (write the
 * long form to keep them).
 */
public final class GridLayoutWriter {
    private static final CSVFormat FORMAT =
            CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();

    private GridLayoutWriter() {}

    /** The CSV text of a layout set. */
    public static String write(LayoutSet set) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            boolean first = true;
            if (set.shared().isPresent()) {
                grids(printer, set.shared().get());
                first = false;
            }
            for (Map.Entry<String, PlateLayout> e : set.byPlate().entrySet()) {
                if (!first) {
                    printer.println();
                }
                printer.printRecord("Plate: " + e.getKey()); // "Plate: " first: never a formula
                grids(printer, e.getValue());
                first = false;
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

    private static void grids(CSVPrinter printer, PlateLayout layout) throws IOException {
        PlateFormat format = layout.minimalFormat().orElse(PlateFormat.WELLS_96);
        Set<ConcentrationUnit> units = layout.units();
        grid(printer, format, layout, "role", c -> c.role().slug());
        printer.println();
        grid(
                printer,
                format,
                layout,
                "compound",
                c -> SpreadsheetText.defuse(c.compound().orElse("")));
        printer.println();
        String title =
                units.size() == 1 ? "concentration (" + units.iterator().next().asciiSymbol() + ")" : "concentration";
        grid(printer, format, layout, title, c -> c.concentration()
                .map(LongLayoutWriter::plain)
                .orElse(""));
        if (units.size() > 1) {
            printer.println();
            grid(printer, format, layout, "unit", c -> c.concentration()
                    .map(x -> x.unit().asciiSymbol())
                    .orElse(""));
        }
    }

    private static void grid(
            CSVPrinter printer,
            PlateFormat format,
            PlateLayout layout,
            String title,
            Function<WellContent, String> cell)
            throws IOException {
        List<String> header = new ArrayList<>();
        header.add(title);
        for (int c = 1; c <= format.columns(); c++) {
            header.add(Integer.toString(c));
        }
        printer.printRecord(header);
        for (int r = 0; r < format.rows(); r++) {
            List<String> row = new ArrayList<>();
            row.add(WellId.rowLabel(r));
            for (int c = 1; c <= format.columns(); c++) {
                WellContent content = layout.wells().get(new WellId(r, c));
                row.add(content == null ? "" : cell.apply(content));
            }
            printer.printRecord(row);
        }
    }
}
