/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.result;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hillfit.plate.PlateMetadata;

/**
 * The date of a run: the plate's measurement date when the export gives one unambiguously, else the day the analysis
 * was created (its first audit entry, UTC). Ambiguous dates such as 03/04/2025 are not guessed.
 */
final class RunDates {
    private static final Pattern ISO = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern DOTTED = Pattern.compile("^(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");
    private static final Pattern SLASHED = Pattern.compile("^(\\d{1,2})/(\\d{1,2})/(\\d{4})");

    private RunDates() {}

    static Optional<LocalDate> of(PlateResult plate, AnalysisResult result) {
        Optional<LocalDate> measured =
                plate.plate().metadata(PlateMetadata.MEASURED_AT).flatMap(RunDates::parse);
        if (measured.isPresent()) {
            return measured;
        }
        return result.audit().stream()
                .findFirst()
                .map(e -> e.time().atZone(ZoneOffset.UTC).toLocalDate());
    }

    /** yyyy-MM-dd…, d.M.yyyy…, or d/M/yyyy… when one of day and month is above 12 (month-first if so). */
    static Optional<LocalDate> parse(String text) {
        String s = text.strip();
        try {
            Matcher iso = ISO.matcher(s);
            if (iso.find()) {
                return Optional.of(LocalDate.of(num(iso, 1), num(iso, 2), num(iso, 3)));
            }
            Matcher dotted = DOTTED.matcher(s);
            if (dotted.find()) {
                return Optional.of(LocalDate.of(num(dotted, 3), num(dotted, 2), num(dotted, 1)));
            }
            Matcher slashed = SLASHED.matcher(s);
            if (slashed.find()) {
                int a = num(slashed, 1);
                int b = num(slashed, 2);
                if (a > 12 && b <= 12) {
                    return Optional.of(LocalDate.of(num(slashed, 3), b, a));
                }
                if (b > 12 && a <= 12) {
                    return Optional.of(LocalDate.of(num(slashed, 3), a, b));
                }
            }
        } catch (java.time.DateTimeException e) {
            return Optional.empty(); // not a calendar date (month 13, day 32): treated as unknown
        }
        return Optional.empty();
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
