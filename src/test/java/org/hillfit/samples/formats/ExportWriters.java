/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.samples.formats;

import java.util.List;

/** Every test-side export writer; the cross-format tests walk this list. One line per writer. */
public final class ExportWriters {
    private ExportWriters() {}

    /** A new list of all writers. */
    public static List<ExportWriter> all() {
        return List.of(
                GenericMatrixCsvWriter.comma(),
                GenericMatrixCsvWriter.semicolon(),
                new GenericMatrixXlsxWriter(),
                GenericListCsvWriter.longForm(),
                GenericListCsvWriter.wideTsv(),
                new GenericListXlsxWriter());
    }
}
