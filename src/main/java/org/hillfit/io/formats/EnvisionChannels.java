/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.formats;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hillfit.plate.ChannelInfo;
import org.hillfit.plate.ChannelKind;

/**
 * Names an EnVision result block and says what it measured. Raw channels are named after their emission filter
 * from the {@code Labels:} footer (detector channel 1 → {@code Ems. filter}, e.g. {@code APC 665}; channel 2 →
 * {@code 2nd ems. filter}, e.g. {@code Europium 615}), with the filters' centre wavelengths as emission and
 * excitation; without a footer they are named {@code <label> channel N}. Calculated results are named after the
 * calculation ({@code Calc 1: <name> = <formula>}) and keep the formula.
 */
final class EnvisionChannels {
    private static final Pattern RESULTS_FOR =
            Pattern.compile("(?i)results for\\s+(.+?)(?:\\s*-?\\s*channel\\s+(\\d+))?(?:\\s+window\\s+(\\d+))?\\s*"
                    + "(?:\\(([^()\\d][^()]*)\\))?\\s*");
    private static final Pattern CHANNEL_COLUMN = Pattern.compile(
            "(?i)(.+?)\\s*-?\\s*channel\\s+(\\d+)(?:\\s+window\\s+(\\d+))?\\s*(?:\\(([^()\\d][^()]*)\\))?\\s*");
    private static final Pattern CALC = Pattern.compile("(?i)(calc\\s*\\d+)\\s*:\\s*(.*)");
    private static final Pattern LABEL_INSTANCE = Pattern.compile("\\s*\\(\\d+\\)$");
    private static final Pattern DETECTOR = Pattern.compile("(?i)\\bDe=(1st|2nd|USLum)");

    /** Read-mode names used in plate metadata. */
    static final String TRF = "Time Resolved Fluorescence";

    private EnvisionChannels() {}

    /**
     * What a channel is.
     *
     * @param name the channel name (unique names are settled by the caller)
     * @param info kind and settings
     * @param readMode the read mode of a raw channel's label, "" when unknown or calculated
     */
    record Described(String name, ChannelInfo info, String readMode) {}

    /** Describes a result from its title, the plate information line it belongs to, and the footer. */
    static Described describe(
            EnvisionEvent.Result result, Optional<EnvisionEvent.PlateInfo> info, EnvisionFooter footer) {
        String title = result.title();
        String lower = title.toLowerCase(Locale.ROOT);
        if (lower.startsWith("calculated results")) {
            return calculated(title.substring(title.indexOf(':') + 1).strip(), footer);
        }
        Matcher resultsFor = RESULTS_FOR.matcher(title);
        if (lower.startsWith("results for") && resultsFor.matches()) {
            return raw(resultsFor.group(1), detector(resultsFor.group(2), info), resultsFor.group(4), info, footer);
        }
        if (title.isEmpty()) {
            String formula = info.map(i -> i.value("Formula")).orElse("");
            if (!formula.isEmpty()) {
                return calculated(formula, footer);
            }
            String label = info.map(i -> i.value("Label")).orElse("");
            return raw(label.isEmpty() ? "Results" : label, detector(null, info), null, info, footer);
        }
        if (CALC.matcher(title).matches()) {
            return calculated(title, footer);
        }
        Matcher column = CHANNEL_COLUMN.matcher(title);
        if (column.matches()) {
            return raw(column.group(1), detector(column.group(2), info), column.group(4), info, footer);
        }
        return raw(title, detector(null, info), null, info, footer);
    }

    private static Described calculated(String text, EnvisionFooter footer) {
        Matcher calc = CALC.matcher(text.strip());
        String index = calc.matches() ? calc.group(1) : "";
        String rest = calc.matches() ? calc.group(2).strip() : text.strip();
        int equals = rest.indexOf(" = ");
        String name = equals < 0 ? rest : rest.substring(0, equals).strip();
        String formula = equals >= 0
                ? rest.substring(equals + 3).strip()
                : footer.formula(index).orElse(rest);
        Map<String, String> attributes = new HashMap<>();
        attributes.put(ChannelInfo.KEY_FORMULA, formula);
        attributes.put(ChannelInfo.KEY_LABEL, index.isEmpty() ? name : index);
        return new Described(
                name.isEmpty() ? "Calculated" : name, new ChannelInfo(ChannelKind.CALCULATED, attributes), "");
    }

    private static Described raw(
            String label, int detector, String unit, Optional<EnvisionEvent.PlateInfo> info, EnvisionFooter footer) {
        String labelName = LABEL_INSTANCE.matcher(label.strip()).replaceAll("");
        Map<String, String> settings = footer.label(labelName);
        String filter = known(settings.get(detector == 2 ? "2nd ems. filter" : "ems. filter"));
        String excitationFilter = known(settings.get("exc. filter"));
        Map<String, String> attributes = new HashMap<>();
        attributes.put(ChannelInfo.KEY_LABEL, filter.isEmpty() ? labelName : filter);
        attributes.put("envision_label", label.strip());
        if (detector >= 0) {
            attributes.put("detector_channel", Integer.toString(detector));
        }
        if (unit != null && !unit.isBlank()) {
            attributes.put("unit", unit.strip());
        }
        if (!filter.isEmpty()) {
            footer.filterNm(filter).ifPresent(nm -> attributes.put(ChannelInfo.KEY_EMISSION_NM, nm));
        }
        if (!excitationFilter.isEmpty()) {
            attributes.put("excitation_filter", excitationFilter);
            footer.filterNm(excitationFilter).ifPresent(nm -> attributes.put(ChannelInfo.KEY_EXCITATION_NM, nm));
        }
        String gain = known(settings.get(detector == 2 ? "2nd pmt gain" : "pmt gain"));
        if (!gain.isEmpty()) {
            attributes.put(ChannelInfo.KEY_GAIN, gain);
        }
        info.map(i -> i.value("Measinfo")).filter(m -> !m.isEmpty()).ifPresent(m -> attributes.put("measinfo", m));
        String name = !filter.isEmpty() ? filter : detector > 0 ? labelName + " channel " + detector : labelName;
        return new Described(name, ChannelInfo.raw(attributes), readMode(labelName, settings, info));
    }

    /** The detector channel: the title's "channel N", else the plate information's "De=1st/2nd", else −1. */
    private static int detector(String fromTitle, Optional<EnvisionEvent.PlateInfo> info) {
        if (fromTitle != null) {
            return Integer.parseInt(fromTitle);
        }
        Matcher de = DETECTOR.matcher(info.map(i -> i.value("Measinfo")).orElse(""));
        if (!de.find()) {
            return -1;
        }
        return switch (de.group(1).toLowerCase(Locale.ROOT)) {
            case "1st" -> 1;
            case "2nd" -> 2;
            default -> 0;
        };
    }

    private static String readMode(
            String labelName, Map<String, String> settings, Optional<EnvisionEvent.PlateInfo> info) {
        String text = (labelName + " " + info.map(i -> i.value("Measinfo")).orElse("") + " "
                        + settings.getOrDefault("aperture", ""))
                .toLowerCase(Locale.ROOT);
        if (settings.containsKey("delay") || text.matches(".*\\b(trf|htrf|lance|delfia)\\b.*")) {
            return TRF;
        }
        if (text.contains("lum")) {
            return "Luminescence";
        }
        if (text.contains("alpha")) {
            return "AlphaScreen";
        }
        if (text.contains("absorbance") || text.contains("photometr")) {
            return "Absorbance";
        }
        return settings.containsKey("exc. filter") ? "Fluorescence Intensity" : "";
    }

    private static String known(String value) {
        return value == null || value.isBlank() || value.strip().equalsIgnoreCase("N/A") ? "" : value.strip();
    }
}
