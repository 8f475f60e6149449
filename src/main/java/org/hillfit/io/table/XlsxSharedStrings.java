/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.table;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.xml.sax.SAXException;

/**
 * The shared-strings table of an XLSX, read once by POI's SAX-based {@link ReadOnlySharedStringsTable} (phonetic
 * runs left out, as the usermodel does). Each entry's text is decoded once and cached: POI builds a rich-text object
 * per lookup, which would cost more than the rest of the cell.
 */
final class XlsxSharedStrings {
    private final ReadOnlySharedStringsTable table;
    private String[] texts = new String[0];

    private XlsxSharedStrings(ReadOnlySharedStringsTable table) {
        this.table = table;
    }

    /** No shared strings: a workbook without a shared-strings part. */
    static XlsxSharedStrings none() throws IOException, SAXException {
        return new XlsxSharedStrings(new ReadOnlySharedStringsTable(InputStream.nullInputStream(), false));
    }

    /** Parses a shared-strings part; closes the stream. */
    static XlsxSharedStrings parse(InputStream in) throws IOException, SAXException {
        try (in) {
            return new XlsxSharedStrings(new ReadOnlySharedStringsTable(in, false));
        }
    }

    /**
     * The text of the entry a cell's value points at; "" when the value is not an index into the table, as POI's
     * usermodel gives for such cells.
     */
    String text(String index) {
        int i;
        try {
            i = Integer.parseInt(index);
        } catch (NumberFormatException e) {
            return ""; // not an index: the usermodel shows an empty string too
        }
        if (i < 0) {
            return "";
        }
        if (i >= texts.length) {
            texts = Arrays.copyOf(texts, Math.max(i + 1, texts.length * 2));
        }
        if (texts[i] == null) {
            texts[i] = lookUp(i);
        }
        return texts[i];
    }

    private String lookUp(int index) {
        try {
            return table.getItemAt(index).getString();
        } catch (IllegalStateException e) {
            return ""; // index past the table: the usermodel shows an empty string too
        }
    }
}
