/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.formats;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hillfit.io.table.TextRow;
import org.hillfit.plate.PlateBuilder;
import org.hillfit.plate.PlateMetadata;

/**
 * The header of a BMG LABTECH export: cells such as {@code User: USER}, {@code Path: C:\…\BMG\PHERAstar\User\Data},
 * {@code Test run no.: 4}, {@code Test name: …}, {@code Date: 29/02/2016}, {@code Time: 14:34:46},
 * {@code ID1: …}, a measurement-mode line ({@code Fluorescence (FI)}, {@code Time Resolved Fluorescence (TRF)}),
 * and the {@code Key:}/value pairs of a SMART Control {@code Protocol Information} sheet.
 */
final class MarsHeader {
    private static final Pattern KEY_VALUE = Pattern.compile("([A-Za-z][^:]{0,40}?)\\s*:\\s*(.*)", Pattern.DOTALL);
    private static final Pattern BMG_PATH = Pattern.compile("(?i)\\\\BMG\\\\([^\\\\]+)\\\\");

    private final Map<String, String> values = new LinkedHashMap<>();
    private String mode = "";

    /** Reads the key/value cells and the mode line of one header row. */
    void add(TextRow row) {
        int nonBlank = row.nonBlankCount();
        String first = row.first();
        if (nonBlank == 2 && first.endsWith(":") && !row.nonBlank().get(1).endsWith(":")) {
            put(first.substring(0, first.length() - 1), row.nonBlank().get(1)); // SMART Control protocol sheet
            return;
        }
        boolean keyed = false;
        for (String cell : row.nonBlank()) {
            Matcher kv = KEY_VALUE.matcher(cell);
            if (kv.matches() && !kv.group(1).contains("\\")) {
                put(kv.group(1), kv.group(2));
                keyed = true;
            }
        }
        if (!keyed && nonBlank == 1 && mode.isEmpty() && isModeLine(first)) {
            mode = first;
        }
    }

    private void put(String key, String value) {
        String k = key.strip()
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "_")
                .replaceAll("^_|_$", "");
        if (!k.isEmpty() && !value.isBlank()) {
            values.putIfAbsent(k, value.strip());
        }
    }

    private static boolean isModeLine(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        return !t.startsWith("raw data") && !t.matches("\\d+\\..*") && !t.matches("[-+\\d.,e ]+");
    }

    /** A header value by its snake-case key ("test_name", "id1"). */
    Optional<String> value(String key) {
        return Optional.ofNullable(values.get(key));
    }

    /** The plate name: ID1 when the export has one. */
    Optional<String> plateName() {
        return value("id1");
    }

    /** A single numeric gain for every channel, when the header states one. */
    Optional<String> gain() {
        return value("gain").filter(g -> g.matches("\\d+(\\.\\d+)?"));
    }

    /** Writes what the header says into plate metadata. */
    void writeTo(PlateBuilder plate) {
        String path = value("path").orElse("");
        Matcher model = BMG_PATH.matcher(path + "\\");
        boolean smartControl = path.toLowerCase(Locale.ROOT).contains("smart control");
        String instrument = model.find() && !smartControl ? "BMG LABTECH " + model.group(1) : "BMG LABTECH";
        plate.metadata(PlateMetadata.INSTRUMENT, instrument);
        plate.metadata(PlateMetadata.SOFTWARE, smartControl ? "BMG LABTECH SMART Control" : "BMG LABTECH MARS");
        plate.metadata(PlateMetadata.PROTOCOL, value("test_name").orElse(""));
        plate.metadata(
                PlateMetadata.READ_MODE,
                mode.isEmpty() ? value("measurement_type").orElse("") : mode);
        String date = value("date").orElse("");
        String when = (date + " " + value("time").orElse("")).strip();
        plate.metadata(PlateMetadata.MEASURED_AT, when);
        ExportDates.toIso(when).ifPresent(iso -> plate.metadata("measured_at_iso", iso));
        value("microplate_name").ifPresent(p -> plate.metadata("plate_type", p));
        values.forEach((k, v) -> {
            if (!k.equals("date") && !k.equals("time") && !k.equals("test_name")) {
                plate.metadata(k, v);
            }
        });
    }
}
