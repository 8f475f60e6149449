/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.plate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * One plate as read from an export: its name, format, channels and the export's metadata.
 *
 * @param name the plate's display name (barcode, plate number or file-derived name); unique within one import
 * @param format 96, 384 or 1536 wells
 * @param channels the measurements, in the order the file gives them; names are unique
 * @param metadata what the file says about the plate (see {@link PlateMetadata} for common keys), in file order
 */
public record Plate(String name, PlateFormat format, List<Channel> channels, Map<String, String> metadata) {

    public Plate {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(format, "format");
        channels = List.copyOf(channels);
        Set<String> names = new HashSet<>();
        for (Channel channel : channels) {
            if (channel.format() != format) {
                throw new IllegalArgumentException("channel '" + channel.name() + "' is laid out on a "
                        + channel.format() + " plate but plate '" + name + "' is " + format);
            }
            if (!names.add(channel.name())) {
                throw new IllegalArgumentException(
                        "plate '" + name + "' has two channels named '" + channel.name() + "'");
            }
        }
        metadata = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    }

    /** The channel with this name. */
    public Optional<Channel> channel(String channelName) {
        return channels.stream().filter(c -> c.name().equals(channelName)).findFirst();
    }

    /** Channel names in file order. */
    public List<String> channelNames() {
        return channels.stream().map(Channel::name).toList();
    }

    /** A metadata value. */
    public Optional<String> metadata(String key) {
        return Optional.ofNullable(metadata.get(key));
    }

    /** A copy with one more channel (or replacing the channel of the same name). */
    public Plate withChannel(Channel channel) {
        List<Channel> copy = new ArrayList<>(channels);
        copy.removeIf(c -> c.name().equals(channel.name()));
        copy.add(channel);
        return new Plate(name, format, copy, metadata);
    }

    /** A copy with one more metadata entry. */
    public Plate withMetadata(String key, String value) {
        Map<String, String> copy = new LinkedHashMap<>(metadata);
        copy.put(key, value);
        return new Plate(name, format, channels, copy);
    }

    /** A renamed copy. */
    public Plate withName(String newName) {
        return new Plate(newName, format, channels, metadata);
    }

    /** Markers of all channels by well: the union of what any channel flagged. */
    public Map<WellId, List<WellMarker>> markersByWell() {
        Map<WellId, List<WellMarker>> byWell = new TreeMap<>();
        for (Channel channel : channels) {
            channel.markers().forEach((well, marker) -> byWell.computeIfAbsent(well, w -> new ArrayList<>())
                    .add(marker));
        }
        return byWell;
    }
}
