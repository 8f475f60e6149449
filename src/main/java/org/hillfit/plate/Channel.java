/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.plate;

import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * One named measurement over a plate (a raw emission channel, a reader-calculated ratio, a flow statistic).
 *
 * <p>Each well is in one of three states: a number, a {@link WellMarker} (the instrument wrote a marker such as
 * OVRFLW instead of a number), or absent (the file does not mention the well). Immutable.
 */
public final class Channel {
    private final String name;
    private final ChannelInfo info;
    private final PlateFormat format;
    private final double[] values;
    private final Map<WellId, WellMarker> markers;

    /**
     * @param values one value per well of {@code format}, row-major; {@code NaN} for a well without a number
     * @param markers markers of flagged wells; a marked well's value must be {@code NaN}
     */
    public Channel(
            String name, ChannelInfo info, PlateFormat format, double[] values, Map<WellId, WellMarker> markers) {
        this.name = Objects.requireNonNull(name, "name");
        this.info = Objects.requireNonNull(info, "info");
        this.format = Objects.requireNonNull(format, "format");
        if (values.length != format.wellCount()) {
            throw new IllegalArgumentException(
                    "channel '" + name + "' has " + values.length + " values for a " + format + " plate");
        }
        this.values = values.clone();
        TreeMap<WellId, WellMarker> sorted = new TreeMap<>(markers);
        for (Map.Entry<WellId, WellMarker> e : sorted.entrySet()) {
            if (!Double.isNaN(this.values[format.indexOf(e.getKey())])) {
                throw new IllegalArgumentException("well " + e.getKey() + " of channel '" + name
                        + "' has both a value and the marker '" + e.getValue().text() + "'");
            }
        }
        this.markers = Collections.unmodifiableMap(sorted);
    }

    /** The channel name as the instrument or the readout calls it ("665", "Ratio", "pSTAT4 median"). */
    public String name() {
        return name;
    }

    /** Wavelengths, labels and other settings of the measurement. */
    public ChannelInfo info() {
        return info;
    }

    /** The plate format the values are laid out on. */
    public PlateFormat format() {
        return format;
    }

    /** The number in a well, or {@code NaN} when the well is marked or absent. */
    public double valueAt(WellId well) {
        return values[format.indexOf(well)];
    }

    /** The number in a well, empty when the well is marked or absent. */
    public OptionalDouble value(WellId well) {
        double v = valueAt(well);
        return Double.isNaN(v) ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    /** The marker of a flagged well. */
    public Optional<WellMarker> marker(WellId well) {
        return Optional.ofNullable(markers.get(well));
    }

    /** All markers, by well in plate order. */
    public Map<WellId, WellMarker> markers() {
        return markers;
    }

    /** True when the file gave this well either a number or a marker. */
    public boolean isPresent(WellId well) {
        return !Double.isNaN(valueAt(well)) || markers.containsKey(well);
    }

    /** A copy of the row-major values ({@code NaN} for marked or absent wells). */
    public double[] values() {
        return values.clone();
    }

    /** Number of wells with a number or a marker. */
    public int presentCount() {
        int n = markers.size();
        for (double v : values) {
            if (!Double.isNaN(v)) {
                n++;
            }
        }
        return n;
    }

    /** A copy under another name. */
    public Channel withName(String newName) {
        return new Channel(newName, info, format, values, markers);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Channel c
                && name.equals(c.name)
                && info.equals(c.info)
                && format == c.format
                && Arrays.equals(values, c.values)
                && markers.equals(c.markers);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, info, format, Arrays.hashCode(values), markers);
    }

    @Override
    public String toString() {
        return "Channel[" + name + ", " + format + ", " + presentCount() + " wells]";
    }
}
