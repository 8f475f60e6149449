/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.flow;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits a TEXT segment into keyword/value pairs. The first byte is the delimiter; a doubled delimiter inside a
 * keyword or value is an escaped delimiter (FCS 3.x). Writers that use a doubled delimiter for an empty value
 * instead are recognised when the escape reading loses the pairing of the required keywords. A missing final
 * delimiter is accepted, and blanks or NULs after the final delimiter are ignored. Each token is decoded as UTF-8
 * when it is valid UTF-8, else as Latin-1. Duplicate keywords keep their first value and are reported.
 */
final class FcsTextParser {

    /**
     * A parsed segment.
     *
     * @param keywords upper-case keyword → value, in file order
     * @param warnings what was read past (duplicates, a dangling keyword)
     */
    record Parsed(Map<String, String> keywords, List<String> warnings) {}

    private FcsTextParser() {}

    /** Parses {@code length} bytes from {@code offset}; the first is the delimiter. */
    static Parsed parse(byte[] bytes, int offset, int length) {
        Parsed escaped = parse(bytes, offset, length, true);
        if (escaped.keywords().containsKey("$PAR") || !hasDoubledDelimiter(bytes, offset, length)) {
            return escaped;
        }
        Parsed empty = parse(bytes, offset, length, false);
        return empty.keywords().containsKey("$PAR") ? empty : escaped;
    }

    private static Parsed parse(byte[] bytes, int offset, int length, boolean doubledIsEscape) {
        List<String> tokens = tokens(bytes, offset, length, doubledIsEscape);
        List<String> warnings = new ArrayList<>();
        if (tokens.size() % 2 != 0) {
            warnings.add("TEXT ends with the keyword '"
                    + tokens.get(tokens.size() - 1).strip() + "' without a value; it is ignored");
            tokens.remove(tokens.size() - 1);
        }
        Map<String, String> keywords = new LinkedHashMap<>();
        for (int i = 0; i + 1 < tokens.size(); i += 2) {
            String keyword = FcsKeywords.normalize(tokens.get(i));
            String value = tokens.get(i + 1);
            String first = keywords.putIfAbsent(keyword, value);
            if (first != null) {
                warnings.add("keyword " + keyword + " appears more than once; the first value '" + first.strip()
                        + "' is used, '" + value.strip() + "' is ignored");
            }
        }
        return new Parsed(keywords, warnings);
    }

    private static List<String> tokens(byte[] bytes, int offset, int length, boolean doubledIsEscape) {
        List<String> tokens = new ArrayList<>();
        if (length < 1) {
            return tokens;
        }
        byte delimiter = bytes[offset];
        int end = offset + length;
        byte[] current = new byte[length];
        int size = 0;
        int i = offset + 1;
        while (i < end) {
            byte b = bytes[i];
            if (b != delimiter) {
                current[size++] = b;
                i++;
            } else if (doubledIsEscape && i + 1 < end && bytes[i + 1] == delimiter) {
                current[size++] = delimiter;
                i += 2;
            } else {
                tokens.add(decode(current, size));
                size = 0;
                i++;
            }
        }
        if (!isPadding(current, size)) {
            tokens.add(decode(current, size)); // TEXT without a final delimiter
        }
        return tokens;
    }

    private static boolean hasDoubledDelimiter(byte[] bytes, int offset, int length) {
        byte delimiter = bytes[offset];
        for (int i = offset + 1; i + 1 < offset + length; i++) {
            if (bytes[i] == delimiter && bytes[i + 1] == delimiter) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPadding(byte[] bytes, int size) {
        for (int i = 0; i < size; i++) {
            byte b = bytes[i];
            if (b != ' ' && b != 0 && b != '\r' && b != '\n' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    private static String decode(byte[] bytes, int size) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, 0, size))
                    .toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, 0, size, StandardCharsets.ISO_8859_1); // not UTF-8: FCS 2.0/3.0 Latin-1
        }
    }
}
