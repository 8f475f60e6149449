/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.table;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.hillfit.io.ImportContext;
import org.hillfit.io.ImportException;
import org.xml.sax.SAXException;

/**
 * Reads the sheets of an XLSX by streaming their XML, about ten times faster than POI's usermodel (which builds
 * an object per cell through XMLBeans) and with the same {@link TextTable}s, which a test checks on every workbook
 * in the project. POI still opens the package: its zip reader keeps the inflate-ratio and entry-size guards on,
 * and every XML part goes through its hardened SAX parser, which refuses a DOCTYPE.
 */
final class XlsxTables {
    /** The sheet kinds the usermodel lists: worksheets and chart sheets (the latter read as empty). */
    private static final Set<String> SHEET_RELATIONS =
            Set.of(XSSFRelation.WORKSHEET.getRelation(), XSSFRelation.CHARTSHEET.getRelation());

    private XlsxTables() {}

    /**
     * Reads all sheets, in workbook order; library exceptions are left to {@link SpreadsheetTables} to explain.
     *
     * @param maxRowsPerSheet rows beyond this are not read: parsing of a sheet stops at the first such row
     * @throws ImportException when a sheet breaks the cells-per-table limit
     */
    static List<TextTable> read(Path file, ImportContext context, int maxRowsPerSheet)
            throws IOException, SAXException, OpenXML4JException, ImportException {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg); // finds the workbook part; refuses Strict OOXML as the usermodel
            XlsxWorkbookPart workbook;
            try (InputStream in = reader.getWorkbookData()) {
                workbook = XlsxWorkbookPart.parse(in);
            }
            XlsxCellText cell = new XlsxCellText(
                    new XlsxSharedStrings(pkg), new XlsxCellFormats(reader.getStylesTable(), workbook.isDate1904()));
            PackagePart workbookPart = pkg.getPart(pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT)
                    .getRelationship(0));
            List<TextTable> tables = new ArrayList<>();
            for (XlsxWorkbookPart.SheetRef sheet : workbook.sheets()) {
                Optional<PackagePart> part = sheetPart(workbookPart, sheet.relationId());
                if (part.isEmpty()) {
                    continue; // the usermodel skips a sheet whose part is missing, too
                }
                try (InputStream in = part.get().getInputStream()) {
                    SheetTableBuilder table = new SheetTableBuilder(file, sheet.name(), context);
                    tables.add(XlsxSheetHandler.read(in, table, cell, maxRowsPerSheet));
                }
            }
            return tables;
        }
    }

    private static Optional<PackagePart> sheetPart(PackagePart workbook, String relationId) throws OpenXML4JException {
        PackageRelationship relation = workbook.getRelationship(relationId);
        if (relation == null || !SHEET_RELATIONS.contains(relation.getRelationshipType())) {
            return Optional.empty();
        }
        return Optional.ofNullable(
                workbook.getPackage().getPart(PackagingURIHelper.createPartName(relation.getTargetURI())));
    }
}
