/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.plate;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * What a channel measured: its kind and free-form settings from the export (wavelengths, filter, label, gain).
 *
 * @param kind raw reading or a value the instrument or software calculated
 * @param attributes settings by key; see the {@code KEY_} constants for the common ones
 */
public record ChannelInfo(ChannelKind kind, Map<String, String> attributes) {

    /** Excitation wavelength in nm. */
    public static final String KEY_EXCITATION_NM = "excitation_nm";
    /** Emission wavelength in nm. */
    public static final String KEY_EMISSION_NM = "emission_nm";
    /** The instrument's label or filter name, e.g. "APC 665", "Europium 615", "337/665 1". */
    public static final String KEY_LABEL = "label";
    /** Gain setting. */
    public static final String KEY_GAIN = "gain";
    /** For calculated channels: the formula or method the instrument reports. */
    public static final String KEY_FORMULA = "formula";

    /** A raw channel with no settings. */
    public static final ChannelInfo RAW = new ChannelInfo(ChannelKind.RAW, Map.of());

    public ChannelInfo {
        attributes = Map.copyOf(new TreeMap<>(attributes));
    }

    /** A raw channel with the given attributes. */
    public static ChannelInfo raw(Map<String, String> attributes) {
        return new ChannelInfo(ChannelKind.RAW, attributes);
    }

    /** An attribute by key. */
    public Optional<String> attribute(String key) {
        return Optional.ofNullable(attributes.get(key));
    }

    /** The emission wavelength, when an attribute gives it as a number. */
    public OptionalDouble emissionNm() {
        return number(KEY_EMISSION_NM);
    }

    /** The excitation wavelength, when an attribute gives it as a number. */
    public OptionalDouble excitationNm() {
        return number(KEY_EXCITATION_NM);
    }

    /** A copy with one more attribute (replacing any with the same key). */
    public ChannelInfo with(String key, String value) {
        TreeMap<String, String> copy = new TreeMap<>(attributes);
        copy.put(key, value);
        return new ChannelInfo(kind, copy);
    }

    private OptionalDouble number(String key) {
        String text = attributes.get(key);
        if (text == null) {
            return OptionalDouble.empty();
        }
        try {
            return OptionalDouble.of(Double.parseDouble(text.strip()));
        } catch (NumberFormatException e) {
            return OptionalDouble.empty(); // a free-text wavelength such as "620/10" has no single number
        }
    }
}
