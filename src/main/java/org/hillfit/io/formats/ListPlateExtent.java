/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.formats;

import java.util.LinkedHashMap;
import java.util.Map;
import org.hillfit.io.ImportException;
import org.hillfit.io.SourceLocation;
import org.hillfit.plate.PlateFormat;
import org.hillfit.plate.WellId;

/**
 * The plate size each plate of a list implies (the smallest format holding its wells), and where the well that
 * decided it was written. One file must not mix plate sizes: a 96-well plate read next to a 384-well one would put
 * its wells at the wrong positions of any shared layout.
 */
final class ListPlateExtent {
    private final Map<String, Extent> extents = new LinkedHashMap<>();

    /** The farthest row and column seen on one plate, with where they were written. */
    private static final class Extent {
        private int maxRow = -1;
        private int maxColumn;
        private SourceLocation rowSource;
        private SourceLocation columnSource;

        PlateFormat format() {
            return PlateFormat.smallestContaining(maxRow + 1, maxColumn).orElseThrow();
        }

        /** Where a well was written that does not fit on {@code smaller}. */
        SourceLocation beyond(PlateFormat smaller) {
            return maxRow >= smaller.rows() ? rowSource : columnSource;
        }
    }

    /** Records a well of a plate. */
    void see(String plate, WellId well, SourceLocation where) {
        Extent extent = extents.computeIfAbsent(plate, p -> new Extent());
        if (well.rowIndex() > extent.maxRow) {
            extent.maxRow = well.rowIndex();
            extent.rowSource = where;
        }
        if (well.column() > extent.maxColumn) {
            extent.maxColumn = well.column();
            extent.columnSource = where;
        }
    }

    /**
     * The one format of every plate seen.
     *
     * @throws ImportException naming a well of the larger plate when plates imply different sizes
     */
    PlateFormat commonFormat(SourceLocation file) throws ImportException {
        String firstName = null;
        Extent first = null;
        for (Map.Entry<String, Extent> e : extents.entrySet()) {
            if (first == null) {
                firstName = e.getKey();
                first = e.getValue();
                continue;
            }
            PlateFormat a = first.format();
            PlateFormat b = e.getValue().format();
            if (a != b) {
                boolean firstIsLarger = a.wellCount() > b.wellCount();
                Extent larger = firstIsLarger ? first : e.getValue();
                PlateFormat smaller = firstIsLarger ? b : a;
                String largerName = firstIsLarger ? firstName : e.getKey();
                String smallerName = firstIsLarger ? e.getKey() : firstName;
                throw new ImportException(
                        larger.beyond(smaller),
                        "plate '" + largerName + "' has this well, past a " + smaller + " plate, but plate '"
                                + smallerName + "' fits a " + smaller + " plate; one file cannot mix plate sizes");
            }
        }
        if (first == null) {
            throw new ImportException(file, "the list names no well with a value");
        }
        return first.format();
    }
}
