/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.table;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes instrument exports whose encoding nobody declares: UTF-8 with or without BOM, UTF-16LE/BE with BOM
 * (SoftMax Pro, Gen5) or without (detected from the zero bytes of ASCII text), and Windows-1252 as the fallback for
 * bytes that are not valid UTF-8 (µ, °, ² written by European Windows software).
 */
public final class TextDecoding {
    /** Windows-1252, a superset of the printable Latin-1 range. */
    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoding() {}

    /** Decodes all bytes. Never throws: undecodable bytes fall back to Windows-1252, which maps every byte. */
    public static DecodedText decode(byte[] bytes) {
        return decode(bytes, bytes.length);
    }

    /** Decodes the first {@code length} bytes; a truncated trailing character is dropped, not an error. */
    public static DecodedText decode(byte[] bytes, int length) {
        if (startsWith(bytes, length, 0xEF, 0xBB, 0xBF)) {
            return new DecodedText(lenient(bytes, 3, length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8, true);
        }
        if (startsWith(bytes, length, 0xFF, 0xFE)) {
            return new DecodedText(
                    lenient(bytes, 2, length - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE, true);
        }
        if (startsWith(bytes, length, 0xFE, 0xFF)) {
            return new DecodedText(
                    lenient(bytes, 2, length - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE, true);
        }
        Charset utf16 = guessUtf16WithoutBom(bytes, length);
        if (utf16 != null) {
            return new DecodedText(lenient(bytes, 0, length, utf16), utf16, false);
        }
        String utf8 = strictUtf8(bytes, length);
        if (utf8 != null) {
            return new DecodedText(utf8, StandardCharsets.UTF_8, false);
        }
        return new DecodedText(new String(bytes, 0, length, WINDOWS_1252), WINDOWS_1252, false);
    }

    private static boolean startsWith(byte[] bytes, int length, int... prefix) {
        if (length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** ASCII text in UTF-16 has a zero in every other byte; binary data does not show that pattern so evenly. */
    private static Charset guessUtf16WithoutBom(byte[] bytes, int length) {
        int sample = Math.min(length, 4096) & ~1;
        if (sample < 8) {
            return null;
        }
        int zeroEven = 0;
        int zeroOdd = 0;
        for (int i = 0; i < sample; i += 2) {
            if (bytes[i] == 0) {
                zeroEven++;
            }
            if (bytes[i + 1] == 0) {
                zeroOdd++;
            }
        }
        int pairs = sample / 2;
        if (zeroOdd > pairs * 0.7 && zeroEven < pairs * 0.05) {
            return StandardCharsets.UTF_16LE;
        }
        if (zeroEven > pairs * 0.7 && zeroOdd < pairs * 0.05) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static String strictUtf8(byte[] bytes, int length) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, 0, trimIncompleteUtf8(bytes, length)))
                    .toString();
        } catch (CharacterCodingException e) {
            return null; // not UTF-8: the caller falls back to Windows-1252
        }
    }

    /** Drops a multi-byte sequence cut off at the end of a prefix read for probing. */
    private static int trimIncompleteUtf8(byte[] bytes, int length) {
        int i = length - 1;
        int back = 0;
        while (i >= 0 && back < 3 && (bytes[i] & 0xC0) == 0x80) {
            i--;
            back++;
        }
        if (i < 0) {
            return length;
        }
        int lead = bytes[i] & 0xFF;
        int needed = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
        return needed > back + 1 ? i : length;
    }

    private static String lenient(byte[] bytes, int offset, int length, Charset charset) {
        return new String(bytes, offset, Math.max(0, length), charset);
    }
}
