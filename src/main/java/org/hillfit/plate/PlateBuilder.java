/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.plate;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Collects readings well by well, as importers meet them, and builds a {@link Plate}. The format is the one set
 * explicitly or else the smallest that holds every well seen (a sparse 384-well export listing only rows A, E, I, M
 * is still 384 because row M is past H). Not thread-safe; one builder per plate.
 */
public final class PlateBuilder {
    private final String name;
    private final Map<String, String> metadata = new LinkedHashMap<>();
    private final Map<String, ChannelBuilder> channels = new LinkedHashMap<>();
    private PlateFormat format;

    public PlateBuilder(String name) {
        this.name = name;
    }

    /** Fixes the format (from a "Plate type: 384" header); otherwise it is inferred from the wells seen. */
    public PlateBuilder format(PlateFormat plateFormat) {
        this.format = plateFormat;
        return this;
    }

    /** Adds or replaces a metadata entry; blank values are ignored. */
    public PlateBuilder metadata(String key, String value) {
        if (value != null && !value.isBlank()) {
            metadata.put(key, value.strip());
        }
        return this;
    }

    /** The channel builder of this name, created on first use. */
    public ChannelBuilder channel(String channelName) {
        return channels.computeIfAbsent(channelName, ChannelBuilder::new);
    }

    /** True when a channel of this name has been started. */
    public boolean hasChannel(String channelName) {
        return channels.containsKey(channelName);
    }

    /** The plate's name as given. */
    public String name() {
        return name;
    }

    /** True when no channel has any reading. */
    public boolean isEmpty() {
        return channels.values().stream().allMatch(c -> c.readings.isEmpty());
    }

    /**
     * Builds the plate.
     *
     * @throws IllegalStateException when a well is past the largest format (or past the fixed format)
     */
    public Plate build() {
        PlateFormat plateFormat = resolveFormat();
        List<Channel> built =
                channels.values().stream().map(c -> c.build(plateFormat)).toList();
        return new Plate(name, plateFormat, built, metadata);
    }

    private PlateFormat resolveFormat() {
        int maxRow = 0;
        int maxColumn = 0;
        for (ChannelBuilder c : channels.values()) {
            for (WellId well : c.readings.keySet()) {
                maxRow = Math.max(maxRow, well.rowIndex() + 1);
                maxColumn = Math.max(maxColumn, well.column());
            }
        }
        if (format != null) {
            if (maxRow > format.rows() || maxColumn > format.columns()) {
                throw new IllegalStateException("plate '" + name + "' is declared " + format + " but has a well in row "
                        + WellId.rowLabel(maxRow - 1) + " / column " + maxColumn);
            }
            return format;
        }
        Optional<PlateFormat> smallest = PlateFormat.smallestContaining(maxRow, maxColumn);
        if (smallest.isEmpty()) {
            throw new IllegalStateException("plate '" + name + "' has wells up to row " + WellId.rowLabel(maxRow - 1)
                    + " / column " + maxColumn + ", larger than any supported plate");
        }
        return smallest.get();
    }

    /** Readings of one channel. */
    public static final class ChannelBuilder {
        private final String name;
        private final Map<WellId, Object> readings = new HashMap<>();
        private ChannelInfo info = ChannelInfo.RAW;

        private ChannelBuilder(String name) {
            this.name = name;
        }

        /** Sets the channel's settings. */
        public ChannelBuilder info(ChannelInfo channelInfo) {
            this.info = channelInfo;
            return this;
        }

        /** The current settings. */
        public ChannelInfo info() {
            return info;
        }

        /** True when the well already has a reading in this channel (importers report duplicates). */
        public boolean has(WellId well) {
            return readings.containsKey(well);
        }

        /** Records a number; {@code NaN} is recorded as a NOT_AVAILABLE marker so nothing is lost silently. */
        public ChannelBuilder value(WellId well, double value) {
            readings.put(well, Double.isNaN(value) ? WellMarker.of(WellFlag.NOT_AVAILABLE) : value);
            return this;
        }

        /** Records a marker. */
        public ChannelBuilder marker(WellId well, WellMarker marker) {
            readings.put(well, marker);
            return this;
        }

        Channel build(PlateFormat format) {
            double[] values = new double[format.wellCount()];
            Arrays.fill(values, Double.NaN);
            Map<WellId, WellMarker> markers = new HashMap<>();
            readings.forEach((well, reading) -> {
                if (reading instanceof WellMarker marker) {
                    markers.put(well, marker);
                } else {
                    values[format.indexOf(well)] = (Double) reading;
                }
            });
            return new Channel(name, info, format, values, markers);
        }
    }
}
