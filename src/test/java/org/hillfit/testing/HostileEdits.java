/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.testing;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * Text-level damage for fuzzing parsers: hostile tokens (non-numbers, absurd numbers, quotes, delimiters, brackets,
 * formulas, control characters, wells outside every plate) written over or into a valid text, reproducibly from a
 * seed. Byte-level damage is {@code org.hillfit.io.InputMutations}.
 */
public final class HostileEdits {
    /** Tokens that have broken or could break a parser. */
    public static final List<String> TOKENS = List.of(
            "NaN",
            "-NaN",
            "Infinity",
            "1e999",
            "-1e999",
            "1e308",
            "1e-400",
            "-0",
            "-1",
            "0",
            "",
            " ",
            "\"",
            "\"\"",
            ",",
            ";",
            "\t",
            "\n",
            "\r\n",
            "\r",
            "{",
            "}",
            "[",
            "]",
            ":",
            "null",
            "true",
            "=1+1",
            "@SUM(A1)",
            "+cmd|' /C calc'!A0",
            "\u0000",
            "\uFFFD",
            "\u00FF",
            "A1",
            "A01",
            "Z99",
            "AF48",
            "AG49",
            "Q25",
            "99999999999999999999",
            "0x1F",
            "1,5",
            "1.5.5",
            "#",
            "<>",
            "µM",
            "OVRFLW",
            "well",
            "role",
            "$TOT");

    private HostileEdits() {}

    /** The text with 1–4 edits: a token inserted, a span replaced by a token, a span deleted or a span repeated. */
    public static String edit(String text, long seed) {
        Random random = new Random(seed);
        StringBuilder s = new StringBuilder(text);
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits; e++) {
            int at = s.length() == 0 ? 0 : random.nextInt(s.length());
            int span = Math.min(s.length() - at, 1 + random.nextInt(12));
            String token = TOKENS.get(random.nextInt(TOKENS.size()));
            switch (random.nextInt(4)) {
                case 0 -> s.insert(at, token);
                case 1 -> s.replace(at, at + span, token);
                case 2 -> s.delete(at, at + span);
                default -> s.insert(at, s.substring(at, at + span));
            }
        }
        return s.toString();
    }

    /** {@link #edit} as UTF-8 bytes. */
    public static byte[] editBytes(String text, long seed) {
        return edit(text, seed).getBytes(StandardCharsets.UTF_8);
    }
}
