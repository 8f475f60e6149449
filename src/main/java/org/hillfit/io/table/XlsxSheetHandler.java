/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.table;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.hillfit.io.ImportException;
import org.jspecify.annotations.Nullable;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Streams one XLSX worksheet part into a {@link SheetTableBuilder} with POI's hardened SAX parser (DOCTYPE refused).
 * POI's own {@code XSSFSheetXMLHandler} is not used because it skips blank cells (which widen a row in the
 * usermodel) and formats every number through {@code DataFormatter}, which rounds; this handler keeps the rows and
 * cells the usermodel reader gives, and {@link XlsxCellText} gives each cell's text.
 */
final class XlsxSheetHandler extends DefaultHandler {
    /** Excel's last column is XFD (16,384 columns); a reference beyond it is damage, not data. */
    private static final int MAX_COLUMNS = 16_384;

    /** Stops the parse: at the first row past the row limit, or when the table refuses a row. */
    private static final class Stop extends SAXException {
        private static final long serialVersionUID = 1L;
    }

    private final SheetTableBuilder table;
    private final int maxRows;
    private final XlsxCellText cell;
    private final List<int[]> columnStyles = new ArrayList<>();
    private boolean inSheetData;
    private @Nullable List<String> cells;
    private int rowIndex;
    private int lastRowIndex = -1;
    private int column;
    private @Nullable ImportException failure;

    private XlsxSheetHandler(SheetTableBuilder table, XlsxCellText cell, int maxRows) {
        this.table = table;
        this.cell = cell;
        this.maxRows = maxRows;
    }

    /**
     * Reads the rows of one worksheet part below {@code maxRows}; closes the stream.
     *
     * @throws ImportException when the sheet breaks the cells-per-table limit
     */
    static TextTable read(InputStream in, SheetTableBuilder table, XlsxCellText cell, int maxRows)
            throws IOException, SAXException, ImportException {
        XlsxSheetHandler handler = new XlsxSheetHandler(table, cell, maxRows);
        try {
            XlsxPackage.parse(in, handler);
        } catch (Stop e) {
            if (handler.failure != null) {
                throw handler.failure;
            }
            // the row limit was reached: Excel writes rows in order, so the rest of the sheet is not needed
        }
        return table.build();
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
        if (cells != null) {
            if (localName.equals("c")) {
                column = columnOf(attributes.getValue("r"));
                cell.start(attributes);
            } else {
                cell.startElement(localName, attributes);
            }
        } else if (localName.equals("row") && inSheetData) {
            startRow(attributes.getValue("r"));
        } else if (localName.equals("sheetData")) {
            inSheetData = true;
        } else if (localName.equals("col")) {
            columnStyles.add(new int[] {
                number(attributes.getValue("min"), 0),
                number(attributes.getValue("max"), 0),
                number(attributes.getValue("style"), 0)
            });
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        List<String> row = cells;
        if (row == null) {
            inSheetData &= !localName.equals("sheetData");
        } else if (localName.equals("c")) {
            while (row.size() <= column) {
                row.add("");
            }
            row.set(column, cell.text(columnStyle(column))); // a repeated column replaces, as in the usermodel
        } else if (localName.equals("row")) {
            cells = null;
            try {
                table.addRow(rowIndex, row);
            } catch (ImportException e) {
                failure = e;
                throw new Stop();
            }
        } else {
            cell.endElement(localName);
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (cells != null) {
            cell.characters(ch, start, length);
        }
    }

    /** A row without a usable number follows the last one, as POI's usermodel numbers it. */
    private void startRow(@Nullable String reference) throws Stop {
        int number = number(reference, 0);
        rowIndex = number >= 1 ? number - 1 : lastRowIndex + 1;
        if (rowIndex >= maxRows) {
            throw new Stop();
        }
        lastRowIndex = Math.max(lastRowIndex, rowIndex);
        cells = new ArrayList<>();
    }

    /** The 0-based column of a reference such as "AB12"; a cell without one follows the row's last cell. */
    private int columnOf(@Nullable String reference) throws SAXException {
        List<String> row = cells;
        int next = row == null ? 0 : row.size();
        if (reference == null) {
            return next;
        }
        int col = 0;
        int i = 0;
        for (; i < reference.length() && col <= MAX_COLUMNS; i++) {
            char c = Character.toUpperCase(reference.charAt(i));
            if (c < 'A' || c > 'Z') {
                break;
            }
            col = col * 26 + (c - 'A' + 1);
        }
        if (col > MAX_COLUMNS) {
            throw new SAXException("cell " + reference + " lies beyond Excel's last column (XFD)");
        }
        return i == 0 ? next : col - 1;
    }

    /** The default style of a 0-based column from the sheet's {@code <cols>}, 0 when none is set. */
    private int columnStyle(int index) {
        for (int[] range : columnStyles) {
            if (range[0] <= index + 1 && index + 1 <= range[1]) {
                return range[2];
            }
        }
        return 0;
    }

    /** An integer attribute; {@code absent} when it is missing or damaged, which callers treat alike. */
    static int number(@Nullable String text, int absent) {
        if (text == null) {
            return absent;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return absent; // a damaged attribute counts as missing, as POI's usermodel mostly does
        }
    }
}
