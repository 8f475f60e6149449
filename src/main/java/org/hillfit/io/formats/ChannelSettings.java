/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.formats;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hillfit.plate.ChannelInfo;
import org.hillfit.plate.ChannelKind;

/**
 * Collects a reader's per-measurement settings ("Excitation Wavelength 400 nm", "Gain 93 Manual", "Lag Time 60 µs")
 * into {@link ChannelInfo} attributes, the same way for every vendor: wavelengths become the numeric {@link
 * ChannelInfo#KEY_EXCITATION_NM}/{@link ChannelInfo#KEY_EMISSION_NM} (or {@code wavelength_nm} for absorbance),
 * the gain {@link ChannelInfo#KEY_GAIN}, anything else a snake_case key with the value and unit as written.
 */
final class ChannelSettings {
    /** Attribute key of an absorbance (measurement) wavelength in nm. */
    static final String KEY_WAVELENGTH_NM = "wavelength_nm";

    private static final Pattern GAIN_WITH_MODE = Pattern.compile("(\\d+(?:[.,]\\d+)?)\\s+\\(?([A-Za-z][^)]*)\\)?");
    private static final Pattern LEADING_NUMBER = Pattern.compile("^\\s*(\\d+(?:[.,]\\d+)?)");

    private final Map<String, String> attributes = new TreeMap<>();

    /** Records one setting; blank values are ignored. */
    ChannelSettings put(String setting, String value, String unit) {
        String v = value.strip();
        if (v.isEmpty()) {
            return this;
        }
        String key = key(setting);
        switch (key) {
            case "excitation_wavelength", "excitation", "ex_wavelength" ->
                wavelength(ChannelInfo.KEY_EXCITATION_NM, key, v);
            case "emission_wavelength", "emission", "em_wavelength" -> wavelength(ChannelInfo.KEY_EMISSION_NM, key, v);
            case "measurement_wavelength", "wavelength" -> wavelength(KEY_WAVELENGTH_NM, key, v);
            case "gain" -> gain(v, unit.strip());
            default -> attributes.put(key, unit.isBlank() ? v : v + " " + unit.strip());
        }
        return this;
    }

    /** Records an attribute under its final key. */
    ChannelSettings set(String key, String value) {
        if (!value.isBlank()) {
            attributes.put(key, value.strip());
        }
        return this;
    }

    /** The channel info of this kind with the attributes collected so far. */
    ChannelInfo info(ChannelKind kind) {
        return new ChannelInfo(kind, attributes);
    }

    /** "Excitation Wavelength" → "excitation_wavelength"; "Plate-ID (Stacker)" → "plate_id_stacker". */
    static String key(String setting) {
        String lower = setting.strip().toLowerCase(Locale.ROOT);
        StringBuilder s = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                s.append(c);
            } else if (s.length() > 0 && s.charAt(s.length() - 1) != '_') {
                s.append('_');
            }
        }
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == '_') {
            end--;
        }
        return s.substring(0, end);
    }

    /** "93" + "Manual", or "150 Manual" in one value: the number as the gain, the word as its mode. */
    private void gain(String value, String unit) {
        Matcher m = GAIN_WITH_MODE.matcher(value);
        String mode = unit;
        if (m.matches()) {
            attributes.put(ChannelInfo.KEY_GAIN, m.group(1));
            mode = (m.group(2) + " " + unit).strip();
        } else {
            attributes.put(ChannelInfo.KEY_GAIN, value);
        }
        if (!mode.isEmpty()) {
            attributes.put("gain_mode", mode);
        }
    }

    /**
     * Stores the leading number of a wavelength ("665", "620/10" → 620) under {@code key}; a value without a number
     * ("Filter", "Monochromator") stays as written under the setting's own key.
     */
    private void wavelength(String key, String settingKey, String value) {
        Matcher m = LEADING_NUMBER.matcher(value);
        if (m.find()) {
            attributes.put(key, m.group(1).replace(',', '.'));
        } else {
            attributes.put(settingKey, value);
        }
    }
}
