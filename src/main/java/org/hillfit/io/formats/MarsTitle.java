/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.formats;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hillfit.plate.ChannelInfo;
import org.hillfit.plate.ChannelKind;

/**
 * What a BMG block or table-view column title means. {@code Raw Data (337/665 1)} is a raw channel named
 * {@code 337/665 1} (excitation 337 nm, emission 665 nm, chromatic 1); {@code Raw Data  (450)} (MARS writes two
 * spaces) a raw channel with one wavelength; a layout or {@code Content} column holds content codes; standard
 * concentrations and dilutions are not measurements; any other titled block ({@code Blank corrected based on Raw
 * Data (…)}, a ratio) is a calculated channel named and described by its title.
 *
 * @param role what to do with the block
 * @param name the channel name (or the title, for skipped blocks)
 * @param info the channel's settings
 */
record MarsTitle(Role role, String name, ChannelInfo info) {
    private static final Pattern NUMBERED = Pattern.compile("^\\d+\\.\\s*");
    private static final Pattern LAST_PARENTHESES = Pattern.compile("\\(([^()]*)\\)\\s*$");
    private static final Pattern EX_EM =
            Pattern.compile("(\\d{3})(?:-\\d+)?\\s*/\\s*(\\d{3})(?:-\\d+)?(?:\\s+(\\d+))?");
    private static final Pattern ONE_WAVELENGTH = Pattern.compile("(\\d{3})(?:-\\d+)?(?:\\s+(\\d+))?");

    /** What a block is. */
    enum Role {
        RAW,
        CALCULATED,
        CONTENT,
        SKIPPED
    }

    /** The well-content column of a table view. */
    static MarsTitle content() {
        return new MarsTitle(Role.CONTENT, "Content", ChannelInfo.RAW);
    }

    /** Classifies a title as written in the export. */
    static MarsTitle parse(String written) {
        String title = NUMBERED.matcher(written.strip()).replaceFirst("").replaceAll("\\s+", " ");
        String lower = title.toLowerCase(Locale.ROOT);
        if (lower.contains("layout") || lower.equals("content")) {
            return new MarsTitle(Role.CONTENT, title, ChannelInfo.RAW);
        }
        if (lower.contains("concentration") || lower.contains("dilution")) {
            return new MarsTitle(Role.SKIPPED, title, ChannelInfo.RAW);
        }
        Matcher parentheses = LAST_PARENTHESES.matcher(title);
        String inside = parentheses.find() ? parentheses.group(1).strip() : "";
        if (title.isEmpty() || lower.startsWith("raw data")) {
            String name = inside.isEmpty() ? "Raw Data" : inside;
            Map<String, String> attributes = wavelengths(inside);
            attributes.put(ChannelInfo.KEY_LABEL, name);
            return new MarsTitle(Role.RAW, name, ChannelInfo.raw(attributes));
        }
        Map<String, String> attributes = new HashMap<>();
        attributes.put(ChannelInfo.KEY_FORMULA, title);
        attributes.put(ChannelInfo.KEY_LABEL, inside.isEmpty() ? title : inside);
        return new MarsTitle(Role.CALCULATED, title, new ChannelInfo(ChannelKind.CALCULATED, attributes));
    }

    private static Map<String, String> wavelengths(String inside) {
        Map<String, String> attributes = new HashMap<>();
        Matcher exEm = EX_EM.matcher(inside);
        if (exEm.matches()) {
            attributes.put(ChannelInfo.KEY_EXCITATION_NM, exEm.group(1));
            attributes.put(ChannelInfo.KEY_EMISSION_NM, exEm.group(2));
            if (exEm.group(3) != null) {
                attributes.put("chromatic", exEm.group(3));
            }
            return attributes;
        }
        Matcher one = ONE_WAVELENGTH.matcher(inside);
        if (one.matches()) {
            attributes.put("wavelength_nm", one.group(1));
            if (one.group(2) != null) {
                attributes.put("chromatic", one.group(2));
            }
        }
        return attributes;
    }
}
