/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.plate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The standard microplate formats. Wells are indexed row-major: {@code index = row * columns + (column - 1)}.
 */
public enum PlateFormat {
    WELLS_96(8, 12),
    WELLS_384(16, 24),
    WELLS_1536(32, 48);

    private final int rows;
    private final int columns;

    PlateFormat(int rows, int columns) {
        this.rows = rows;
        this.columns = columns;
    }

    /** Number of rows (8, 16 or 32). */
    public int rows() {
        return rows;
    }

    /** Number of columns (12, 24 or 48). */
    public int columns() {
        return columns;
    }

    /** Number of wells (96, 384 or 1536). */
    public int wellCount() {
        return rows * columns;
    }

    /** True when the well lies on this plate. */
    public boolean contains(WellId well) {
        return well.rowIndex() < rows && well.column() <= columns;
    }

    /**
     * Row-major index of a well on this plate.
     *
     * @throws IllegalArgumentException when the well is outside the plate
     */
    public int indexOf(WellId well) {
        if (!contains(well)) {
            throw new IllegalArgumentException(wellCount() + "-well plates have rows A–" + WellId.rowLabel(rows - 1)
                    + " and columns 1–" + columns + "; got well '" + well + "'");
        }
        return well.rowIndex() * columns + well.column() - 1;
    }

    /** The well at a row-major index. */
    public WellId wellAt(int index) {
        if (index < 0 || index >= wellCount()) {
            throw new IllegalArgumentException("well index " + index + " outside 0–" + (wellCount() - 1));
        }
        return new WellId(index / columns, index % columns + 1);
    }

    /** All wells, row-major (A01, A02, …). */
    public List<WellId> wells() {
        List<WellId> wells = new ArrayList<>(wellCount());
        for (int i = 0; i < wellCount(); i++) {
            wells.add(wellAt(i));
        }
        return wells;
    }

    /** The smallest format with at least this many rows and columns, if any. */
    public static Optional<PlateFormat> smallestContaining(int rowCount, int columnCount) {
        for (PlateFormat format : values()) {
            if (rowCount <= format.rows && columnCount <= format.columns) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /** The format with exactly this many wells, if any. */
    public static Optional<PlateFormat> ofWellCount(int wellCount) {
        for (PlateFormat format : values()) {
            if (format.wellCount() == wellCount) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return wellCount() + "-well";
    }
}
