/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.table;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.ExcelNumberFormat;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The number formats of an XLSX's cell styles, from {@code styles.xml}: the only part of the style table that
 * changes a cell's text. A cell style ({@code <xf>} in {@code <cellXfs>}) names a number format id; the workbook's
 * own {@code <numFmt>} entries give its format code, else Excel's built-in one, as in POI's {@code XSSFCellStyle}.
 * One SAX pass instead of POI's XMLBeans {@code StylesTable}, which costs more than the sheet it styles.
 */
final class XlsxStyles extends DefaultHandler {
    private final Map<Integer, String> formatCodes = new HashMap<>();
    private final List<Integer> cellFormatIds = new ArrayList<>();
    private boolean inCellXfs;

    private XlsxStyles() {}

    /** No styles: a workbook without a styles part. */
    static XlsxStyles none() {
        return new XlsxStyles();
    }

    /** Parses a styles part; closes the stream. */
    static XlsxStyles parse(InputStream in) throws IOException, SAXException {
        XlsxStyles styles = new XlsxStyles();
        XlsxPackage.parse(in, styles);
        return styles;
    }

    /** Number of cell styles; a cell's style index at or past it names no style. */
    int count() {
        return cellFormatIds.size();
    }

    /** The number format of a cell style (0 ≤ style < {@link #count()}). */
    ExcelNumberFormat format(int style) {
        int id = cellFormatIds.get(style);
        String code = formatCodes.get(id);
        return new ExcelNumberFormat(id, code != null ? code : BuiltinFormats.getBuiltinFormat(id));
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (localName) {
            case "numFmt" -> {
                String code = attributes.getValue("formatCode");
                int id = XlsxSheetHandler.number(attributes.getValue("numFmtId"), -1);
                if (code != null && id >= 0) {
                    formatCodes.put(id, code);
                }
            }
            case "cellXfs" -> inCellXfs = true;
            case "xf" -> {
                if (inCellXfs) {
                    cellFormatIds.add((int) (short) XlsxSheetHandler.number(attributes.getValue("numFmtId"), 0));
                }
            }
            default -> {}
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        inCellXfs &= !localName.equals("cellXfs");
    }
}
