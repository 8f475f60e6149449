/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.table;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hillfit.io.ImportContext;
import org.hillfit.io.ImportException;
import org.xml.sax.SAXException;

/**
 * Reads the sheets of an XLSX by streaming their XML: several times faster than POI's usermodel, which builds an
 * XMLBeans object per cell, and with the same {@link TextTable}s, which a test checks on every workbook in the
 * project. {@link XlsxPackage} keeps POI's zip guards and hardened XML parser on every part read.
 */
final class XlsxTables {
    /** The sheet kinds the usermodel lists: worksheets and chart sheets (the latter read as empty). */
    private static final Set<String> SHEETS = Set.of(XlsxPackage.WORKSHEET, XlsxPackage.CHARTSHEET);

    private XlsxTables() {}

    /**
     * Reads all sheets, in workbook order; library exceptions are left to {@link SpreadsheetTables} to explain.
     *
     * @param maxRowsPerSheet rows beyond this are not read: parsing of a sheet stops at the first such row
     * @throws ImportException when a sheet breaks the cells-per-table limit
     */
    static List<TextTable> read(Path file, ImportContext context, int maxRowsPerSheet)
            throws IOException, SAXException, ImportException {
        try (XlsxPackage pkg = XlsxPackage.open(file)) {
            String workbookPart = pkg.workbookPart();
            XlsxWorkbookPart workbook = XlsxWorkbookPart.parse(pkg.open(workbookPart)
                    .orElseThrow(() -> new IOException("the workbook part " + workbookPart + " is missing")));
            Map<String, XlsxPackage.Relation> relations = pkg.relations(workbookPart);
            Optional<InputStream> strings = part(pkg, relations, XlsxPackage.SHARED_STRINGS);
            Optional<InputStream> styles = part(pkg, relations, XlsxPackage.STYLES);
            XlsxCellText cell = new XlsxCellText(
                    strings.isPresent() ? XlsxSharedStrings.parse(strings.get()) : XlsxSharedStrings.none(),
                    new XlsxCellFormats(
                            styles.isPresent() ? XlsxStyles.parse(styles.get()) : XlsxStyles.none(),
                            workbook.isDate1904()));
            List<TextTable> tables = new ArrayList<>();
            for (XlsxWorkbookPart.SheetRef sheet : workbook.sheets()) {
                XlsxPackage.Relation relation = relations.get(sheet.relationId());
                Optional<InputStream> in = relation == null || !SHEETS.contains(relation.type())
                        ? Optional.empty()
                        : pkg.open(relation.part());
                if (in.isPresent()) { // the usermodel skips a sheet whose part is missing, too
                    SheetTableBuilder table = new SheetTableBuilder(file, sheet.name(), context);
                    tables.add(XlsxSheetHandler.read(in.get(), table, cell, maxRowsPerSheet));
                }
            }
            return tables;
        }
    }

    /** The first part of a relationship type from the workbook (shared strings, styles), when there is one. */
    private static Optional<InputStream> part(XlsxPackage pkg, Map<String, XlsxPackage.Relation> relations, String type)
            throws IOException {
        for (XlsxPackage.Relation relation : relations.values()) {
            if (relation.type().equals(type)) {
                return pkg.open(relation.part());
            }
        }
        return Optional.empty();
    }
}
