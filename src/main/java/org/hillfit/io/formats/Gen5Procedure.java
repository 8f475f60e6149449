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
import org.hillfit.io.table.TextRow;
import org.hillfit.io.table.TextTable;

/**
 * The {@code Procedure Details} block of a Gen5 export: the plate type and the read steps with their settings. A
 * step starts with a line {@code Read <name>}; the indented lines under it give the read mode ("Absorbance
 * Endpoint", "Time-Resolved Fluorescence Endpoint") and settings written as {@code Key: value} pairs separated by
 * commas ("Read Speed: Normal,  Delay: 100 msec"); filter sets ("Filter Set 1") carry their own emission and gain.
 *
 * @param plateType the plate type as written, "" when absent
 * @param reads the read steps in order
 */
record Gen5Procedure(String plateType, List<Gen5Procedure.Read> reads) {
    private static final Pattern PAIR = Pattern.compile("([A-Za-z][^:,]*?):\\s*([^,]*?)\\s*(?:,|$)");
    private static final Pattern READ_MODE_SUFFIX =
            Pattern.compile("(.*?)\\s+(Endpoint|Kinetic|Spectrum|Area Scan|Well Area Scan)$");

    Gen5Procedure {
        reads = List.copyOf(reads);
    }

    /**
     * One read step.
     *
     * @param name the step's name as the Results labels use it ("TRF", "abs450", "Alpha")
     * @param mode the read mode line ("Time-Resolved Fluorescence Endpoint")
     * @param settings settings by snake_case key, value as written
     * @param gainByEmission gains of filter sets, by emission wavelength ("620")
     * @param excitationByEmission excitation filters of filter sets ("330/80"), by emission wavelength
     */
    record Read(
            String name,
            String mode,
            Map<String, String> settings,
            Map<String, String> gainByEmission,
            Map<String, String> excitationByEmission) {
        Read {
            settings = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(settings));
            gainByEmission = Map.copyOf(gainByEmission);
            excitationByEmission = Map.copyOf(excitationByEmission);
        }

        /** True for absorbance reads, whose wavelength is not an emission. */
        boolean isAbsorbance() {
            return mode.toLowerCase(Locale.ROOT).contains("absorbance");
        }

        /** True when a Results label names a value of this read ("TRF:620", "abs450:450", "Alpha"). */
        boolean produces(String label) {
            return label.equals(name) || label.startsWith(name + ":");
        }
    }

    /** A procedure without steps. */
    static Gen5Procedure none() {
        return new Gen5Procedure("", List.of());
    }

    /** The read step a Results label belongs to. */
    Optional<Read> readOf(String label) {
        return reads.stream().filter(r -> r.produces(label)).findFirst();
    }

    /** Reads the procedure lines from table row {@code from} (its first line) up to {@code to} (exclusive). */
    static Gen5Procedure parse(TextTable table, int from, int to) {
        String plateType = "";
        List<Read> reads = new ArrayList<>();
        ReadCollector read = null;
        for (int r = from; r < to; r++) {
            TextRow row = table.row(r);
            String key = row.stripped(0);
            if (key.isEmpty()) {
                if (read != null) {
                    read.line(row.first());
                }
                continue;
            }
            if (read != null) {
                reads.add(read.build());
                read = null;
            }
            if (key.equalsIgnoreCase("Plate Type")) {
                plateType = row.stripped(1);
            } else if (key.equalsIgnoreCase("Read")) {
                read = new ReadCollector(row.stripped(1));
            }
        }
        if (read != null) {
            reads.add(read.build());
        }
        return new Gen5Procedure(plateType, reads);
    }

    /** Gathers one read step's lines. */
    private static final class ReadCollector {
        private final String name;
        private String mode = "";
        private final Map<String, String> settings = new LinkedHashMap<>();
        private final Map<String, String> gains = new LinkedHashMap<>();
        private final Map<String, String> excitations = new LinkedHashMap<>();
        private String emission = "";
        private String excitation = "";

        ReadCollector(String title) {
            Matcher m = READ_MODE_SUFFIX.matcher(title);
            if (m.matches()) {
                name = m.group(1); // "Alpha Endpoint": the step is named after its mode
                mode = title;
            } else {
                name = title;
            }
        }

        void line(String text) {
            Matcher pairs = PAIR.matcher(text);
            boolean any = false;
            while (pairs.find()) {
                any = true;
                pair(pairs.group(1).strip(), pairs.group(2).strip());
            }
            if (!any && mode.isEmpty()) {
                mode = text;
            } else if (!any && text.toLowerCase(Locale.ROOT).startsWith("filter set")) {
                emission = "";
                excitation = "";
            }
        }

        private void pair(String key, String value) {
            String snake = ChannelSettings.key(key);
            switch (snake) {
                case "excitation" -> excitation = value;
                case "emission" -> {
                    emission = value.replaceAll("[^0-9].*$", "");
                    if (!excitation.isEmpty()) {
                        excitations.put(emission, excitation);
                    }
                }
                case "gain" -> {
                    if (emission.isEmpty()) {
                        add(snake, value);
                    } else {
                        gains.put(emission, value);
                    }
                }
                default -> add(snake, value);
            }
        }

        private void add(String snake, String value) {
            String unique = snake;
            for (int n = 2; settings.containsKey(unique); n++) {
                unique = snake + "_" + n;
            }
            settings.put(unique, value);
        }

        Read build() {
            return new Read(name, mode, settings, gains, excitations);
        }
    }
}
