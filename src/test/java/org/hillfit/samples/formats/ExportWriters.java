/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.samples.formats;

import java.util.List;

/** Every test-side export writer; the cross-format tests walk this list. One line per writer. */
public final class ExportWriters {
    private ExportWriters() {}

    /** A new list of all writers. */
    public static List<ExportWriter> all() {
        return List.of(
                new EnvisionCsvWriter(), // PerkinElmer EnVision CSV
                EnvisionCsvWriter.semicolon(), // EnVision, European locale
                new MarsCsvWriter(), // BMG LABTECH MARS CSV
                new TecanXlsxWriter(), // tecan
                new SoftMaxTxtWriter(), // softmax-txt
                new Gen5TxtWriter(), // gen5
                GenericMatrixCsvWriter.comma(),
                GenericMatrixCsvWriter.semicolon(),
                new GenericMatrixXlsxWriter(),
                GenericListCsvWriter.longForm(),
                GenericListCsvWriter.wideTsv(),
                new GenericListXlsxWriter());
    }
}
