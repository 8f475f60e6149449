/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.formats;

import java.nio.file.Path;
import java.util.List;
import org.hillfit.io.ImportContext;
import org.hillfit.io.ImportException;
import org.hillfit.io.ProbeSample;
import org.hillfit.io.table.DelimitedTables;
import org.hillfit.io.table.TextTable;

/** The head of a file as tables, for probes that judge structure: a workbook's preview, or the parsed text head. */
final class ProbeTables {
    private ProbeTables() {}

    /** The tables; empty when nothing can be made of the head. Never throws. */
    static List<TextTable> of(ProbeSample sample) {
        if (sample.isWorkbook()) {
            return sample.workbookPreview();
        }
        String text = sample.text();
        if (text.isBlank()) {
            return List.of();
        }
        try {
            return List.of(DelimitedTables.parse(
                    Path.of("probe"), text, DelimitedTables.detectDelimiter(text), ImportContext.defaults()));
        } catch (ImportException | RuntimeException e) {
            return List.of(); // a head that cannot be split into a table is nothing a generic importer reads
        }
    }
}
