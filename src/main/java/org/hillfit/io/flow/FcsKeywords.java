/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.flow;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * The keywords of an FCS dataset's TEXT (and supplemental TEXT) segment, in file order. Keywords are
 * case-insensitive ({@code $PnN}, {@code $pnn}); they are stored upper-case. Values are kept as written, blanks and
 * all; the numeric accessors strip them.
 */
public final class FcsKeywords {
    private final Map<String, String> values;

    FcsKeywords(Map<String, String> upperCaseKeywords) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(upperCaseKeywords));
    }

    /** Upper-cases a keyword the way lookups do. */
    static String normalize(String keyword) {
        return keyword.strip().toUpperCase(Locale.ROOT);
    }

    /** The value of a keyword (any case), as written. */
    public Optional<String> get(String keyword) {
        return Optional.ofNullable(values.get(normalize(keyword)));
    }

    /** The stripped value of a keyword, empty when absent or blank. */
    public Optional<String> text(String keyword) {
        return get(keyword).map(String::strip).filter(s -> !s.isEmpty());
    }

    /** The value as a whole number (blanks and leading zeros allowed), empty when absent or not a number. */
    public OptionalLong integer(String keyword) {
        Optional<String> text = text(keyword);
        if (text.isEmpty() || !text.get().matches("[+-]?\\d+")) {
            return OptionalLong.empty();
        }
        String digits = text.get().replaceFirst("^([+-]?)0+(?=\\d)", "$1");
        return digits.length() > 18 ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(digits));
    }

    /** The value as a finite decimal number, empty when absent or not a number. */
    public OptionalDouble number(String keyword) {
        Optional<String> text = text(keyword);
        if (text.isEmpty() || !text.get().matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d{1,3})?")) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(Double.parseDouble(text.get()));
    }

    /** True when the keyword is present. */
    public boolean has(String keyword) {
        return values.containsKey(normalize(keyword));
    }

    /** Every keyword (upper-case) with its value, in file order. */
    public Map<String, String> asMap() {
        return values;
    }

    /** Number of keywords. */
    public int size() {
        return values.size();
    }

    @Override
    public String toString() {
        return "FcsKeywords[" + values.size() + " keywords]";
    }
}
