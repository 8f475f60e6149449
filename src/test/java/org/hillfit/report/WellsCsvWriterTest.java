/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WellsCsvWriterTest {
    @TempDir
    Path dir;

    @Test
    void writesOneRowPerUsedWellWithRawChannels() throws Exception {
        Path target = dir.resolve("wells.csv");
        WellsCsvWriter.write(ReportFixtures.panel(), target);
        List<CSVRecord> rows;
        List<String> header;
        try (Reader in = Files.newBufferedReader(target)) {
            var parser = CSVFormat.DEFAULT.builder().setHeader().get().parse(in);
            header = parser.getHeaderNames();
            rows = parser.getRecords();
        }
        assertEquals(WellsCsvWriter.HEADER, header.subList(0, WellsCsvWriter.HEADER.size()));
        assertEquals(
                List.of("raw:Acceptor 665 nm", "raw:Donor 620 nm"),
                header.subList(WellsCsvWriter.HEADER.size(), header.size()));
        assertEquals(4 * 384, rows.size());
        CSVRecord a03 = rows.get(2); // TYK2 A03: HF-001 at 10 µM
        assertEquals("A03", a03.get("well"));
        assertEquals("sample", a03.get("role"));
        assertEquals("HF-001", a03.get("compound"));
        assertEquals("10000", a03.get("concentration_nM"));
        assertEquals("1105", a03.get("raw:Acceptor 665 nm"));
        double readout = Double.parseDouble(a03.get("readout"));
        assertEquals(1105.0 / 24772 * 10000, readout, 1e-9);
        assertEquals("no", a03.get("masked"));
    }
}
