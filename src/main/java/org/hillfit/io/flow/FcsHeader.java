/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.flow;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * The 58-byte HEADER of one FCS dataset. Offsets are relative to the dataset's first byte and inclusive; 0 means
 * "not given here" (segments past byte 99,999,999 are only described by TEXT keywords).
 *
 * @param version "FCS2.0", "FCS3.0", "FCS3.1" or "FCS3.2"
 * @param textStart first byte of TEXT
 * @param textEnd last byte of TEXT
 * @param dataStart first byte of DATA, 0 when blank
 * @param dataEnd last byte of DATA, 0 when blank
 */
record FcsHeader(String version, long textStart, long textEnd, long dataStart, long dataEnd) {
    /** Bytes in a HEADER. */
    static final int LENGTH = 58;

    /**
     * Parses a HEADER.
     *
     * @throws IllegalArgumentException naming the bad field when the bytes are not an FCS HEADER
     */
    static FcsHeader parse(ByteBuffer bytes) {
        String version = ascii(bytes, 0, 6);
        if (!version.matches("FCS[23]\\.\\d")) {
            throw new IllegalArgumentException("not an FCS file: it starts with '" + printable(version)
                    + "' instead of a version such as" + " 'FCS3.1'");
        }
        return new FcsHeader(
                version,
                offset(bytes, 10, "TEXT start"),
                offset(bytes, 18, "TEXT end"),
                offset(bytes, 26, "DATA start"),
                offset(bytes, 34, "DATA end"));
    }

    /** The version number, e.g. 3.1. */
    double versionNumber() {
        return Double.parseDouble(version.substring(3));
    }

    private static long offset(ByteBuffer bytes, int at, String what) {
        String field = ascii(bytes, at, 8).strip();
        if (field.isEmpty()) {
            return 0;
        }
        if (!field.matches("\\d{1,8}")) {
            throw new IllegalArgumentException("the HEADER's " + what + " offset (bytes " + at + "–" + (at + 7)
                    + ") is '" + printable(field) + "', not a number");
        }
        return Long.parseLong(field);
    }

    private static String ascii(ByteBuffer bytes, int at, int length) {
        byte[] b = new byte[length];
        bytes.get(at, b);
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    private static String printable(String s) {
        return s.replaceAll("[^\\x20-\\x7E]", "?");
    }
}
