/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.analysis;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.ToDoubleFunction;
import org.hillfit.plate.PlateFormat;
import org.hillfit.plate.WellId;

/** One number per well of a plate (NaN where there is none). Immutable. */
public final class WellValues {
    private final PlateFormat format;
    private final double[] values;

    /**
     * @param values one value per well, row-major; copied
     * @throws IllegalArgumentException when the length does not match the format
     */
    public WellValues(PlateFormat format, double[] values) {
        this.format = Objects.requireNonNull(format, "format");
        if (values.length != format.wellCount()) {
            throw new IllegalArgumentException(values.length + " values for a " + format + " plate");
        }
        this.values = values.clone();
    }

    /** Values computed per well. */
    public static WellValues of(PlateFormat format, ToDoubleFunction<WellId> value) {
        double[] v = new double[format.wellCount()];
        for (int i = 0; i < v.length; i++) {
            v[i] = value.applyAsDouble(format.wellAt(i));
        }
        return new WellValues(format, v);
    }

    /** The plate format. */
    public PlateFormat format() {
        return format;
    }

    /** The value of a well, NaN when it has none. */
    public double get(WellId well) {
        return values[format.indexOf(well)];
    }

    /** The value at a 0-based row and 1-based column. */
    public double get(int rowIndex, int column) {
        return values[rowIndex * format.columns() + column - 1];
    }

    /** A copy of the row-major values. */
    public double[] toArray() {
        return values.clone();
    }

    /** The values that are numbers, in row-major order. */
    public double[] present() {
        return Arrays.stream(values).filter(v -> !Double.isNaN(v)).toArray();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WellValues w && format == w.format && Arrays.equals(values, w.values);
    }

    @Override
    public int hashCode() {
        return 31 * format.hashCode() + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "WellValues[" + format + ", " + present().length + " values]";
    }
}
