/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.table;

/** Small text clean-ups every importer needs. */
public final class Cells {
    private Cells() {}

    /**
     * Removes the Excel text-forcing wrapper some readers put around barcodes and dates: {@code ="ABC123"} →
     * {@code ABC123}; also a leading apostrophe. Other text is returned stripped.
     */
    public static String unwrapExcelText(String raw) {
        String s = raw.strip();
        if (s.startsWith("=\"") && s.endsWith("\"") && s.length() >= 3) {
            return s.substring(2, s.length() - 1).replace("\"\"", "\"");
        }
        if (s.startsWith("'")) {
            return s.substring(1);
        }
        return s;
    }
}
