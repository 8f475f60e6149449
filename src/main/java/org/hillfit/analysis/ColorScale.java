/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.analysis;

/**
 * A diverging colour scale: {@code min} at one end, {@code center} in the middle, {@code max} at the other. Views
 * pick the colours; this only says where a value falls.
 *
 * @param min value at position 0, finite
 * @param center value at position 0.5, within [min, max]
 * @param max value at position 1, finite
 */
public record ColorScale(double min, double center, double max) {

    public ColorScale {
        if (!Double.isFinite(min) || !Double.isFinite(max) || !(min <= center && center <= max)) {
            throw new IllegalArgumentException(
                    "a colour scale needs finite min ≤ center ≤ max; got " + min + ", " + center + ", " + max);
        }
    }

    /**
     * Where a value falls: 0 at {@code min}, 0.5 at {@code center}, 1 at {@code max}, linear on each side and
     * clamped outside; NaN for NaN.
     */
    public double position(double value) {
        if (Double.isNaN(value)) {
            return Double.NaN;
        }
        if (value <= center) {
            return center == min ? 0.5 : 0.5 * clamp((value - min) / (center - min));
        }
        return max == center ? 0.5 : 0.5 + 0.5 * clamp((value - center) / (max - center));
    }

    private static double clamp(double x) {
        return Math.max(0, Math.min(1, x));
    }
}
