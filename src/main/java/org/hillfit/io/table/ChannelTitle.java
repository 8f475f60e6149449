/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.table;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hillfit.plate.ChannelInfo;
import org.hillfit.plate.ChannelKind;

/**
 * Reads what a free-text channel title says about the measurement: "665", "620 nm", "Acceptor 665",
 * "Raw Data (337/665 1)", "Ex 337 Em 665" give an emission (and excitation) wavelength; "Ratio 665/620" or
 * "665/620" is a calculated ratio, not a wavelength. Used by the generic importers so that TR-FRET acceptor and
 * donor channels are recognised whatever the user called them.
 */
public final class ChannelTitle {
    /** Shortest wavelength (nm) taken as a plausible emission. */
    static final int MIN_NM = 300;
    /** Longest wavelength (nm) taken as a plausible emission. */
    static final int MAX_NM = 900;

    private static final Pattern PAIR = Pattern.compile("(?<![\\d.,])(\\d{3})\\s*/\\s*(\\d{3})(?![\\d])");
    private static final Pattern TAGGED =
            Pattern.compile("\\b(ex|exc|excitation|em|ems|emission)\\.?\\s*:?\\s*(\\d{3})(?!\\d)");
    private static final Pattern NM = Pattern.compile("(?<![\\d.,])(\\d{3})\\s*nm\\b");
    private static final Pattern BARE = Pattern.compile("(?<![\\d.,])(\\d{3})(?![\\d])(?![.,]\\d)");

    private ChannelTitle() {}

    /** The emission wavelength in nm the title names, if it names exactly one plausible one (300–900 nm). */
    public static OptionalInt emissionNm(String title) {
        String text = title.toLowerCase(Locale.ROOT);
        if (isRatio(text)) {
            return OptionalInt.empty();
        }
        Matcher pair = PAIR.matcher(text);
        if (pair.find()) {
            return plausible(Integer.parseInt(pair.group(2)));
        }
        Matcher tagged = TAGGED.matcher(text);
        boolean excitationOnly = false;
        while (tagged.find()) {
            if (tagged.group(1).startsWith("em")) {
                return plausible(Integer.parseInt(tagged.group(2)));
            }
            excitationOnly = true;
        }
        if (excitationOnly) {
            return OptionalInt.empty(); // "Ex 485": the only number is not an emission
        }
        OptionalInt withUnit = single(NM.matcher(text));
        return withUnit.isPresent() ? withUnit : single(BARE.matcher(text));
    }

    /** The excitation wavelength in nm, when the title gives one ("337/665", "Ex 337"). */
    public static OptionalInt excitationNm(String title) {
        String text = title.toLowerCase(Locale.ROOT);
        if (isRatio(text)) {
            return OptionalInt.empty();
        }
        Matcher pair = PAIR.matcher(text);
        if (pair.find()) {
            return plausible(Integer.parseInt(pair.group(1)), 200, MAX_NM);
        }
        Matcher tagged = TAGGED.matcher(text);
        while (tagged.find()) {
            if (tagged.group(1).startsWith("ex")) {
                return plausible(Integer.parseInt(tagged.group(2)), 200, MAX_NM);
            }
        }
        return OptionalInt.empty();
    }

    /**
     * True for a title of a calculated channel: it says "ratio", or names two wavelengths longest first
     * ("665/620"), which no excitation/emission pair does.
     */
    public static boolean isRatio(String title) {
        String text = title.toLowerCase(Locale.ROOT);
        if (text.contains("ratio") || text.contains("delta") || text.contains("δf")) {
            return true;
        }
        Matcher pair = PAIR.matcher(text);
        return pair.find() && Integer.parseInt(pair.group(1)) >= Integer.parseInt(pair.group(2));
    }

    /**
     * The channel settings a title implies: the title as {@link ChannelInfo#KEY_LABEL}, the wavelengths it names,
     * and kind {@link ChannelKind#CALCULATED} for ratios ({@link ChannelKind#RAW} otherwise).
     */
    public static ChannelInfo info(String title) {
        Map<String, String> attributes = new HashMap<>();
        attributes.put(ChannelInfo.KEY_LABEL, title);
        emissionNm(title).ifPresent(nm -> attributes.put(ChannelInfo.KEY_EMISSION_NM, Integer.toString(nm)));
        excitationNm(title).ifPresent(nm -> attributes.put(ChannelInfo.KEY_EXCITATION_NM, Integer.toString(nm)));
        return new ChannelInfo(isRatio(title) ? ChannelKind.CALCULATED : ChannelKind.RAW, attributes);
    }

    private static OptionalInt single(Matcher matcher) {
        int found = -1;
        while (matcher.find()) {
            int nm = Integer.parseInt(matcher.group(1));
            if (nm < MIN_NM || nm > MAX_NM) {
                continue;
            }
            if (found >= 0 && found != nm) {
                return OptionalInt.empty(); // two different wavelengths: ambiguous
            }
            found = nm;
        }
        return found < 0 ? OptionalInt.empty() : OptionalInt.of(found);
    }

    private static OptionalInt plausible(int nm) {
        return plausible(nm, MIN_NM, MAX_NM);
    }

    private static OptionalInt plausible(int nm, int min, int max) {
        return nm >= min && nm <= max ? OptionalInt.of(nm) : OptionalInt.empty();
    }
}
