/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.table;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * What {@link XlsxTables} needs from an XLSX's {@code workbook.xml}: the sheets in workbook order (name and
 * relationship id) and whether dates count from 1904. One SAX pass with POI's hardened parser (no DOCTYPE).
 */
final class XlsxWorkbookPart extends DefaultHandler {
    /** One {@code <sheet>} entry; its part is found through the relationship id. */
    record SheetRef(String name, String relationId) {}

    private final List<SheetRef> sheets = new ArrayList<>();
    private boolean date1904;

    private XlsxWorkbookPart() {}

    /** Parses the workbook part; closes the stream. */
    static XlsxWorkbookPart parse(InputStream in) throws IOException, SAXException {
        XlsxWorkbookPart part = new XlsxWorkbookPart();
        XlsxPackage.parse(in, part);
        return part;
    }

    /** The sheets in workbook order; a sheet without a relationship id is left out, as POI's usermodel does. */
    List<SheetRef> sheets() {
        return List.copyOf(sheets);
    }

    /** True when serial dates count from 1904-01-01 (old Mac workbooks) instead of 1900. */
    boolean isDate1904() {
        return date1904;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        if (localName.equals("workbookPr")) {
            String value = attributes.getValue("date1904");
            date1904 = "1".equals(value) || "true".equals(value);
        } else if (localName.equals("sheet")) {
            String name = attributes.getValue("name");
            String id = relationId(attributes);
            if (name != null && id != null && !id.isEmpty()) {
                sheets.add(new SheetRef(name, id));
            }
        }
    }

    /** The {@code r:id} attribute, whatever prefix the file binds to the relationships namespace. */
    private static @Nullable String relationId(Attributes attributes) {
        for (int i = 0; i < attributes.getLength(); i++) {
            if (attributes.getLocalName(i).equals("id")) {
                return attributes.getValue(i);
            }
        }
        return null;
    }
}
