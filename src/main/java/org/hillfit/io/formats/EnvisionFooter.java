/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.formats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hillfit.io.table.Cells;
import org.hillfit.io.table.TextRow;
import org.hillfit.plate.PlateFormat;

/**
 * The key/value sections of an EnVision export ({@code Basic assay information}, {@code Protocol information} with
 * its {@code Plate type:}, {@code Calculations:}, {@code Labels:}, {@code Filters:}, {@code Instrument:}
 * subsections, and the {@code Exported with EnVision Workstation version …} line), written as
 * {@code key,,,,value}. Each subsection is a list of groups separated by blank lines; a group's first key names it
 * (a label such as {@code AC HTRF Laser [Eu]}, a filter such as {@code APC 665}).
 */
final class EnvisionFooter {
    private static final String EXPORTED_WITH = "exported with envision workstation version";
    private static final Pattern CWL =
            Pattern.compile("CWL\\s*=\\s*(\\d+(?:\\.\\d+)?)\\s*nm", Pattern.CASE_INSENSITIVE);
    private static final Pattern TRAILING_NM = Pattern.compile("(?<![\\d.])(\\d{3})(?:\\s*nm)?\\s*$");

    private final Map<String, List<Map<String, String>>> sections = new LinkedHashMap<>();
    private String software = "";
    private String section = "";
    private Map<String, String> group;

    /** Adds one footer line (in file order). */
    void add(TextRow row) {
        int last = row.lastNonBlank();
        String first = row.stripped(0);
        if (last < 0) {
            group = null;
            return;
        }
        if (first.toLowerCase(Locale.ROOT).startsWith(EXPORTED_WITH)) {
            software = "EnVision Workstation "
                    + first.substring(EXPORTED_WITH.length()).strip();
            return;
        }
        if (last == 0) {
            if (first.endsWith(":") || isTopSection(first)) {
                section = normalizeKey(first);
                group = null;
            }
            return;
        }
        if (first.isEmpty()) {
            return;
        }
        if (group == null) {
            group = new LinkedHashMap<>();
            sections.computeIfAbsent(section, s -> new ArrayList<>()).add(group);
        }
        group.putIfAbsent(normalizeKey(first), Cells.unwrapExcelText(row.cell(last)));
    }

    /** True for the title lines that open the footer, wherever the export places them. */
    static boolean isTopSection(String title) {
        String t = title.strip().toLowerCase(Locale.ROOT);
        return t.equals("basic assay information") || t.equals("protocol information");
    }

    /** "EnVision Workstation 1.14.3049.1193", when the export says so. */
    Optional<String> software() {
        return software.isEmpty() ? Optional.empty() : Optional.of(software);
    }

    /** A value of the first group of a subsection, e.g. ("basic assay information", "protocol name"). */
    Optional<String> value(String sectionKey, String key) {
        for (Map<String, String> g : sections.getOrDefault(sectionKey, List.of())) {
            String v = g.get(key);
            if (v != null && !v.isBlank() && !v.equalsIgnoreCase("N/A")) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    /** The plate format the protocol's plate type declares. */
    Optional<PlateFormat> plateFormat() {
        Optional<String> wells = value("plate type", "number of the wells in the plate");
        if (wells.isPresent() && wells.get().matches("\\d{2,4}")) {
            return PlateFormat.ofWellCount(Integer.parseInt(wells.get()));
        }
        return Optional.empty();
    }

    /** The settings of a label (keys lower-case), e.g. "ems. filter" → "APC 665". */
    Map<String, String> label(String labelName) {
        return named("labels", labelName);
    }

    /** The centre wavelength of a filter in nm: its description's {@code CWL=665nm}, else a number ending its name. */
    Optional<String> filterNm(String filterName) {
        Matcher cwl = CWL.matcher(named("filters", filterName).getOrDefault("description", ""));
        if (cwl.find()) {
            return Optional.of(cwl.group(1));
        }
        Matcher trailing = TRAILING_NM.matcher(filterName.strip());
        return trailing.find() ? Optional.of(trailing.group(1)) : Optional.empty();
    }

    /** The formula the {@code Calculations:} subsection gives for a calculation index ("Calc 1"). */
    Optional<String> formula(String calcIndex) {
        for (Map<String, String> g : sections.getOrDefault("calculations", List.of())) {
            if (calcIndex.equalsIgnoreCase(g.getOrDefault("formula index", ""))) {
                return Optional.ofNullable(g.get("formula")).filter(f -> !f.isBlank());
            }
        }
        return Optional.empty();
    }

    /** "PerkinElmer EnVision, serial 1050209" from the {@code Instrument:} subsection or the assay's Serial#. */
    String instrument() {
        Optional<String> serial =
                value("instrument", "serial number").or(() -> value("basic assay information", "serial#"));
        return "PerkinElmer EnVision" + serial.map(s -> ", serial " + s).orElse("");
    }

    private Map<String, String> named(String sectionKey, String name) {
        String wanted = normalizeKey(name);
        for (Map<String, String> g : sections.getOrDefault(sectionKey, List.of())) {
            if (!g.isEmpty() && g.keySet().iterator().next().equals(wanted)) {
                return g;
            }
        }
        return Map.of();
    }

    /** Lower-case, trimmed, without a trailing colon: "Assay ID: " → "assay id". */
    static String normalizeKey(String key) {
        String k = key.strip();
        if (k.endsWith(":")) {
            k = k.substring(0, k.length() - 1).strip();
        }
        return k.toLowerCase(Locale.ROOT);
    }
}
