/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.layout;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.hillfit.io.ImportException;
import org.hillfit.io.SourceLocation;
import org.hillfit.plate.Concentration;
import org.hillfit.plate.PlateFormat;
import org.hillfit.plate.WellRole;

/**
 * The layout template file format: UTF-8 text, one {@code key = value} per line, {@code #} starts a comment line.
 * Example:
 *
 * <pre>
 * format = hillfit-layout-template/1
 * name = 384 · 16 cpds × 10 pts × 2 · controls cols 1–2/23–24
 * plate = 384
 * top = 10000 nM
 * fold = 3
 * points = 10
 * significant-digits = 4
 * direction = rows
 * replicates = 2
 * replicate-pattern = adjacent-wells
 * neutral = columns 1-2
 * inhibitor = columns 23-24
 * compound = HF-001
 * compound = HF-002
 * </pre>
 *
 * {@code format}, {@code plate}, {@code top}, {@code fold}, {@code points} and at least one compound are required;
 * {@code compound} repeats, one name per line, or {@code compounds = 16} stands for placeholder names CPD-01 …
 * CPD-16 to be replaced when the template is used. Optional: {@code name} (default: the rule's description),
 * {@code significant-digits} (4), {@code direction} (rows), {@code replicates} (1), {@code replicate-pattern}
 * (adjacent-wells), {@code neutral}, {@code inhibitor}, {@code blank} (control columns or rows).
 */
public final class LayoutTemplateFile {
    /** The value of the {@code format} key this version writes and reads. */
    public static final String FORMAT = "hillfit-layout-template/1";

    private static final Pattern MARKER = Pattern.compile("(?m)^\\s*format\\s*=\\s*hillfit-layout-template/");

    private LayoutTemplateFile() {}

    /** True when the text declares itself a layout template. */
    public static boolean isTemplate(String text) {
        return MARKER.matcher(text).find();
    }

    /** The file text of a template. */
    public static String write(LayoutTemplate template) {
        DilutionRule rule = template.rule();
        StringBuilder s = new StringBuilder("# Hillfit layout template; see 'hillfit layout rule --help'\n");
        line(s, "format", FORMAT);
        line(s, "name", template.name());
        line(s, "plate", Integer.toString(rule.format().wellCount()));
        line(
                s,
                "top",
                LongLayoutWriter.plain(rule.doses().top()) + " "
                        + rule.doses().top().unit().asciiSymbol());
        line(
                s,
                "fold",
                new java.math.BigDecimal(Double.toString(rule.doses().fold()))
                        .stripTrailingZeros()
                        .toPlainString());
        line(s, "points", Integer.toString(rule.doses().points()));
        line(s, "significant-digits", Integer.toString(rule.doses().significantDigits()));
        line(s, "direction", rule.direction().slug());
        line(s, "replicates", Integer.toString(rule.replicates().count()));
        line(s, "replicate-pattern", rule.replicates().pattern().slug());
        for (ControlBand band : rule.controls()) {
            line(s, band.role().slug(), band.describe());
        }
        rule.compounds().forEach(c -> line(s, "compound", c));
        return s.toString();
    }

    /**
     * Parses a template.
     *
     * @param file for messages
     * @throws ImportException naming the line of a bad or missing entry
     */
    public static LayoutTemplate parse(Path file, String text) throws ImportException {
        Map<String, Entry> entries = new LinkedHashMap<>();
        List<String> compounds = new ArrayList<>();
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                throw new ImportException(
                        SourceLocation.line(file, i + 1), "expected 'key = value'; got '" + line + "'");
            }
            String key = line.substring(0, eq).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(eq + 1).strip();
            if (key.equals("compound")) {
                compounds.add(value);
            } else if (entries.putIfAbsent(key, new Entry(value, i + 1)) != null) {
                throw new ImportException(SourceLocation.line(file, i + 1), "'" + key + "' is given twice");
            }
        }
        return new TemplateParser(file, entries, compounds).template();
    }

    private static void line(StringBuilder s, String key, String value) {
        s.append(key).append(" = ").append(value).append('\n');
    }

    /** A value and its line. */
    private record Entry(String value, int line) {}

    /** Turns the entries into a template, naming the line of each problem. */
    private record TemplateParser(Path file, Map<String, Entry> entries, List<String> compounds) {
        LayoutTemplate template() throws ImportException {
            String format = required("format");
            if (!format.equals(FORMAT)) {
                throw error("format", "unsupported template format '" + format + "'; this version reads " + FORMAT);
            }
            try {
                DilutionRule rule = new DilutionRule(
                        plate(),
                        compoundNames(),
                        new DoseSteps(
                                top(),
                                number("fold"),
                                integer("points", 0),
                                integer("significant-digits", DoseSteps.DEFAULT_DIGITS)),
                        optional("direction")
                                .map(d -> SeriesDirection.parse(d)
                                        .orElseThrow(() -> new IllegalArgumentException(
                                                "direction must be rows or columns; got '" + d + "'")))
                                .orElse(SeriesDirection.ALONG_ROWS),
                        new DilutionRule.Replicates(integer("replicates", 1), pattern()),
                        controls());
                return new LayoutTemplate(optional("name").orElse(rule.describe()), rule);
            } catch (IllegalArgumentException e) {
                throw new ImportException(SourceLocation.of(file), e.getMessage(), e);
            }
        }

        private PlateFormat plate() throws ImportException {
            String text = required("plate");
            try {
                return PlateFormat.ofWellCount(Integer.parseInt(text))
                        .orElseThrow(() -> error("plate", "plate must be 96, 384 or 1536; got " + text));
            } catch (NumberFormatException e) {
                throw error("plate", "plate must be 96, 384 or 1536; got '" + text + "'");
            }
        }

        private Concentration top() throws ImportException {
            String text = required("top");
            return Concentration.parse(text)
                    .orElseThrow(() -> error("top", "expected a concentration such as '10 uM'; got '" + text + "'"));
        }

        private List<String> compoundNames() throws ImportException {
            Optional<String> count = optional("compounds");
            if (!compounds.isEmpty() || count.isEmpty()) {
                return compounds;
            }
            int n = integer("compounds", 0);
            List<String> names = new ArrayList<>();
            for (int i = 1; i <= n; i++) {
                names.add(String.format(Locale.ROOT, "CPD-%02d", i));
            }
            return names;
        }

        private ReplicatePattern pattern() throws ImportException {
            Optional<String> text = optional("replicate-pattern");
            if (text.isEmpty()) {
                return ReplicatePattern.ADJACENT_WELLS;
            }
            return ReplicatePattern.parse(text.get())
                    .orElseThrow(() -> error(
                            "replicate-pattern",
                            "expected adjacent-wells, adjacent-rows or" + " separate-plates; got '" + text.get()
                                    + "'"));
        }

        private List<ControlBand> controls() throws ImportException {
            List<ControlBand> bands = new ArrayList<>();
            for (WellRole role : List.of(WellRole.NEUTRAL, WellRole.INHIBITOR, WellRole.BLANK)) {
                Optional<String> text = optional(role.slug());
                if (text.isPresent() && !text.get().isEmpty()) {
                    try {
                        bands.add(ControlBand.parse(role, text.get()));
                    } catch (IllegalArgumentException e) {
                        throw error(role.slug(), e.getMessage());
                    }
                }
            }
            return bands;
        }

        private double number(String key) throws ImportException {
            String text = required(key);
            try {
                return Double.parseDouble(text);
            } catch (NumberFormatException e) {
                throw error(key, "expected a number for '" + key + "'; got '" + text + "'");
            }
        }

        private int integer(String key, int fallback) throws ImportException {
            Optional<String> text = optional(key);
            if (text.isEmpty() && fallback > 0) {
                return fallback;
            }
            String value = text.isPresent() ? text.get() : required(key);
            try {
                return Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw error(key, "expected a whole number for '" + key + "'; got '" + value + "'");
            }
        }

        private Optional<String> optional(String key) {
            return Optional.ofNullable(entries.get(key)).map(Entry::value);
        }

        private String required(String key) throws ImportException {
            Entry entry = entries.get(key);
            if (entry == null || entry.value().isEmpty()) {
                throw new ImportException(SourceLocation.of(file), "the template has no '" + key + "' entry");
            }
            return entry.value();
        }

        private ImportException error(String key, String message) {
            Entry entry = entries.get(key);
            return new ImportException(SourceLocation.line(file, entry == null ? 0 : entry.line()), message);
        }
    }
}
