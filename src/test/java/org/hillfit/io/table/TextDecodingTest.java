/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextDecodingTest {
    private static final String TEXT = "Well,Conc (µM),Temp °C\nA1,1,25\n";

    @ParameterizedTest
    @CsvSource({
        "UTF-8, '', UTF-8", // plain UTF-8
        "UTF-8, EFBBBF, UTF-8", // UTF-8 with BOM
        "UTF-16LE, FFFE, UTF-16LE", // SoftMax Pro
        "UTF-16BE, FEFF, UTF-16BE",
        "UTF-16LE, '', UTF-16LE", // no BOM: zero bytes give it away
        "windows-1252, '', windows-1252", // European Windows software
    })
    void detectsTheEncoding(String encoding, String bomHex, String detected) {
        byte[] bom = java.util.HexFormat.of().parseHex(bomHex);
        byte[] body = TEXT.getBytes(Charset.forName(encoding));
        byte[] bytes = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, bytes, 0, bom.length);
        System.arraycopy(body, 0, bytes, bom.length, body.length);
        DecodedText decoded = TextDecoding.decode(bytes);
        assertEquals(TEXT, decoded.text());
        assertEquals(Charset.forName(detected), decoded.charset());
    }

    @org.junit.jupiter.api.Test
    void aProbeCutInsideACharacterStillDecodesAsUtf8() {
        byte[] bytes = "ab µ".getBytes(StandardCharsets.UTF_8);
        DecodedText decoded = TextDecoding.decode(bytes, bytes.length - 1);
        assertEquals(StandardCharsets.UTF_8, decoded.charset());
        assertEquals("ab ", decoded.text());
    }
}
