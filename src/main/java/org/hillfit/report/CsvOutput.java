/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.report;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Writes a CSV table atomically: UTF-8, comma, CRLF-free LF line ends, RFC 4180 quoting. */
final class CsvOutput {
    private static final CSVFormat FORMAT =
            CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();

    private CsvOutput() {}

    /** Rows to print. */
    @FunctionalInterface
    interface Rows {
        void printTo(CSVPrinter printer) throws IOException;
    }

    static void write(Path target, List<String> header, Rows rows) throws IOException {
        AtomicFiles.write(target, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVPrinter printer = new CSVPrinter(writer, FORMAT);
            printer.printRecord(header);
            rows.printTo(printer);
            printer.flush();
        });
    }
}
