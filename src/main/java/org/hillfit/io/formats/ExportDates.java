/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.formats;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the date and time texts plate readers write ({@code 10/13/2022 3:08:06 PM}, {@code 29/02/2016 14:34:46},
 * {@code 13.10.2022 15:08}) into ISO-8601 local date-times. Which number is the month is decided as a person would:
 * a 12-hour clock (AM/PM) means the US month-first order, dots mean day-first, a first number above 12 must be the
 * day, a second number above 12 must be the day; otherwise a 24-hour clock means a day-first locale.
 */
final class ExportDates {
    private static final Pattern DATE_TIME = Pattern.compile("(\\d{1,2})([/.\\-])(\\d{1,2})\\2(\\d{4})"
            + "(?:[ ,T]+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:\\.\\d+)?(?:\\s*([AaPp])\\.?[Mm]\\.?)?)?");

    private ExportDates() {}

    /**
     * The ISO form ({@code 2022-10-13T15:08:06}, or {@code 2022-10-13} without a time) of a reader's date text, or
     * empty when the text is not a date this reads or names an impossible day.
     */
    static Optional<String> toIso(String text) {
        Matcher m = DATE_TIME.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int first = Integer.parseInt(m.group(1));
        int second = Integer.parseInt(m.group(3));
        int year = Integer.parseInt(m.group(4));
        String amPm = m.group(8) == null ? "" : m.group(8).toUpperCase(Locale.ROOT);
        boolean monthFirst = isMonthFirst(first, second, m.group(2), !amPm.isEmpty());
        int month = monthFirst ? first : second;
        int day = monthFirst ? second : first;
        try {
            if (m.group(5) == null) {
                return Optional.of(LocalDate.of(year, month, day).toString());
            }
            int hour = Integer.parseInt(m.group(5));
            if (!amPm.isEmpty()) {
                if (hour < 1 || hour > 12) {
                    return Optional.empty();
                }
                hour = hour % 12 + (amPm.equals("P") ? 12 : 0);
            }
            int minute = Integer.parseInt(m.group(6));
            int secondOfMinute = m.group(7) == null ? 0 : Integer.parseInt(m.group(7));
            return Optional.of(LocalDateTime.of(year, month, day, hour, minute, secondOfMinute)
                    .format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
        } catch (DateTimeException e) {
            return Optional.empty(); // 31/02 or 25:00: not a date, leave the text as written
        }
    }

    private static boolean isMonthFirst(int first, int second, String separator, boolean twelveHourClock) {
        if (first > 12 || separator.equals(".")) {
            return false;
        }
        if (second > 12) {
            return true;
        }
        return twelveHourClock;
    }
}
