/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.project;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import org.hillfit.plate.WellId;
import org.jspecify.annotations.Nullable;

/**
 * Checks on the fields of project documents. They run inside the documents' constructors, so Jackson reports a
 * failure with the line, column and JSON path of the offending object.
 */
final class JsonFields {
    private JsonFields() {}

    /** The value, or an error naming the missing field. */
    static <T> T required(@Nullable T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException("the field '" + field + "' is missing or null");
        }
        return value;
    }

    /** Checks an ISO-8601 instant ("2025-03-14T09:26:53Z"). */
    static String instant(@Nullable String text, String field) {
        try {
            Instant.parse(required(text, field));
            return text;
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "the field '" + field + "' must be an ISO-8601 time such as 2025-03-14T09:26:53Z; got '" + text
                            + "'",
                    e);
        }
    }

    /** Checks a well ID ("A01"). */
    static String well(@Nullable String text, String field) {
        WellId.parse(required(text, field));
        return text;
    }

    /** The enum constant whose lower-case name is {@code slug}, or an error listing the allowed words. */
    static <E extends Enum<E>> E slug(@Nullable String slug, Class<E> type, String field) {
        String wanted = required(slug, field).toUpperCase(Locale.ROOT);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(wanted)) {
                return constant;
            }
        }
        throw new IllegalArgumentException("the field '" + field + "' must be one of "
                + Arrays.stream(type.getEnumConstants())
                        .map(e -> e.name().toLowerCase(Locale.ROOT))
                        .toList()
                + "; got '" + slug + "'");
    }

    /** The lower-case name written for an enum constant. */
    static String slugOf(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }
}
