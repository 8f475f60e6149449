/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Relationship targets resolve to zip entry names as the OPC rules say (relative to the source part's folder). */
class XlsxPackageTest {
    @ParameterizedTest
    @CsvSource({
        // Excel: relative to the workbook's folder
        "xl/, worksheets/sheet1.xml, xl/worksheets/sheet1.xml",
        // openpyxl and others: absolute
        "xl/, /xl/worksheets/sheet1.xml, xl/worksheets/sheet1.xml",
        // the package relationships: the root folder
        "'', xl/workbook.xml, xl/workbook.xml",
        // parent and current folders
        "xl/worksheets/, ../sharedStrings.xml, xl/sharedStrings.xml",
        "xl/, ./styles.xml, xl/styles.xml",
        // percent-encoded names
        "xl/, worksheets/My%20Sheet.xml, xl/worksheets/My Sheet.xml",
    })
    void resolvesRelationshipTargets(String folder, String target, String entry) {
        assertEquals(entry, XlsxPackage.resolve(folder, target));
    }
}
