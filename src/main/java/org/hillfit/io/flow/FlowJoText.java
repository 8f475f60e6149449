/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.flow;

import java.nio.charset.Charset;
import org.hillfit.io.table.DecodedText;
import org.hillfit.io.table.TextDecoding;

/**
 * Decodes a FlowJo table export. FlowJo 9 on classic Mac OS wrote MacRoman text with CR-only line ends (an en dash in
 * "IL-17A–" is byte 0xD0); so bytes that are not UTF-8 (or UTF-16) and end their lines with CR alone are read as
 * MacRoman, other non-UTF-8 bytes as Windows-1252.
 */
final class FlowJoText {
    /** The MacRoman charset, when the runtime has it (the jdk.charsets module). */
    private static final String MAC_ROMAN = "x-MacRoman";

    private FlowJoText() {}

    /** The text and the charset it was decoded with. */
    static DecodedText decode(byte[] bytes) {
        DecodedText decoded = TextDecoding.decode(bytes);
        if (decoded.charset().equals(TextDecoding.WINDOWS_1252)
                && hasCrOnlyLineEnds(bytes)
                && Charset.isSupported(MAC_ROMAN)) {
            Charset macRoman = Charset.forName(MAC_ROMAN);
            return new DecodedText(new String(bytes, macRoman), macRoman, false);
        }
        return decoded;
    }

    static boolean hasCrOnlyLineEnds(byte[] bytes) {
        boolean cr = false;
        for (byte b : bytes) {
            if (b == '\n') {
                return false;
            }
            cr |= b == '\r';
        }
        return cr;
    }
}
