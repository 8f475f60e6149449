/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.hillfit.io.ImportContext;
import org.hillfit.io.PlateImporter;
import org.hillfit.plate.PlateFormat;
import org.hillfit.plate.WellId;

/**
 * Plates/s of an importer on a 384-well, two-channel TR-FRET export ({@code hillfit bench}): the file is written to
 * a temporary file, read repeatedly, then deleted.
 */
final class ImportBenchFiles {
    private static final PlateFormat FORMAT = PlateFormat.WELLS_384;

    private ImportBenchFiles() {}

    /** Plates read per second from the given file content. */
    static double platesPerSecond(PlateImporter importer, String content, String suffix, double seconds)
            throws Exception {
        Path file = Files.createTempFile("hillfit-bench", suffix);
        try {
            Files.writeString(file, content, StandardCharsets.UTF_8);
            ImportContext context = ImportContext.defaults();
            return Throughput.perSecond(() -> importer.read(file, context), seconds);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** The generic matrix: a plate title, then a 16 × 24 grid per channel. */
    static String matrix() {
        long[][] counts = counts();
        StringBuilder s = new StringBuilder("Plate: bench\n");
        String[] titles = {"Acceptor 665 nm", "Donor 620 nm"};
        for (int ch = 0; ch < 2; ch++) {
            s.append(titles[ch]).append('\n');
            for (int c = 1; c <= FORMAT.columns(); c++) {
                s.append(',').append(c);
            }
            s.append('\n');
            for (int r = 0; r < FORMAT.rows(); r++) {
                s.append(WellId.rowLabel(r));
                for (int c = 0; c < FORMAT.columns(); c++) {
                    s.append(',').append(counts[ch][r * FORMAT.columns() + c]);
                }
                s.append('\n');
            }
            s.append('\n');
        }
        return s.toString();
    }

    /** The generic long list, as {@code hillfit convert} writes it. */
    static String list() throws IOException {
        long[][] counts = counts();
        StringBuilder s = new StringBuilder("plate,well,row,column,channel,value,flag\n");
        for (int i = 0; i < FORMAT.wellCount(); i++) {
            WellId well = FORMAT.wellAt(i);
            for (int ch = 0; ch < 2; ch++) {
                s.append("bench,")
                        .append(well.label())
                        .append(',')
                        .append(well.rowLabel())
                        .append(',')
                        .append(well.column())
                        .append(',')
                        .append(ch == 0 ? "665" : "620")
                        .append(',')
                        .append(counts[ch][i])
                        .append(",\n");
            }
        }
        return s.toString();
    }

    private static long[][] counts() {
        Random random = new Random(42);
        long[][] counts = new long[2][FORMAT.wellCount()];
        for (int i = 0; i < FORMAT.wellCount(); i++) {
            counts[1][i] = 24_000 + random.nextInt(1000);
            counts[0][i] = 1_000 + random.nextInt(9000);
        }
        return counts;
    }
}
