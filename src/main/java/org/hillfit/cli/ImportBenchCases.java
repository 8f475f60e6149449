/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hillfit.io.ImportContext;
import org.hillfit.io.ImporterRegistry;
import org.hillfit.io.PlateImporter;
import org.hillfit.plate.WellId;

/**
 * Import figures of {@code hillfit bench}: one 384-well two-channel (665/620) TR-FRET export per format,
 * written to a temporary file once and parsed repeatedly, in plates per second.
 */
final class ImportBenchCases {
    private static final int ROWS = 16;
    private static final int COLUMNS = 24;
    private static final int[] EMISSIONS = {665, 620};

    private ImportBenchCases() {}

    /** One import figure per format. */
    static List<BenchCase> all() {
        return List.of(
                new ImportCase("import_envision_384", "envision-csv", ".csv", () -> utf8(ImportBenchFiles.envision())),
                new ImportCase("import_mars_384", "mars", ".csv", () -> utf8(ImportBenchFiles.mars())),
                new ImportCase("import_tecan_384", "tecan", ".xlsx", ImportBenchCases::tecanXlsx),
                new ImportCase("import_softmax_384", "softmax-txt", ".txt", ImportBenchCases::softMaxTxt),
                new ImportCase("import_gen5_384", "gen5", ".txt", ImportBenchCases::gen5Txt),
                new ImportCase(
                        "import_generic_matrix_384", "generic-matrix", ".csv", () -> utf8(ImportBenchFiles.matrix())),
                new ImportCase("import_generic_list_384", "generic-list", ".csv", () -> utf8(ImportBenchFiles.list())));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** A count that varies over the plate, different per channel. */
    private static long count(int channel, int row, int column) {
        return channel == 0 ? 2000 + 37L * row + 11L * column : 24000 - 53L * row + 7L * column;
    }

    private static byte[] tecanXlsx() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Sheet0");
            int r = 0;
            sheet.createRow(r++).createCell(0).setCellValue("Application: SparkControl");
            for (int k = 0; k < EMISSIONS.length; k++) {
                sheet.createRow(r++).createCell(0).setCellValue("Label: Label " + (k + 1));
                Row emission = sheet.createRow(r++);
                emission.createCell(0).setCellValue("Emission Wavelength");
                emission.createCell(4).setCellValue(EMISSIONS[k]);
                Row header = sheet.createRow(r++);
                header.createCell(0).setCellValue("<>");
                for (int c = 1; c <= COLUMNS; c++) {
                    header.createCell(c).setCellValue(c);
                }
                for (int row = 0; row < ROWS; row++) {
                    Row line = sheet.createRow(r++);
                    line.createCell(0).setCellValue(WellId.rowLabel(row));
                    for (int c = 1; c <= COLUMNS; c++) {
                        line.createCell(c).setCellValue(count(k, row, c));
                    }
                }
                r++;
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] softMaxTxt() {
        StringBuilder s =
                new StringBuilder("##BLOCKS= 1\r\nPlate:\tBench\t1.3\tPlateFormat\tEndpoint\tTime Resolved\tRaw");
        s.append("\tFALSE\t1\t\t\t\t\t\t2\t665 620 \t1\t24\t384\t340 340 \tManual\t\t\t\t50\tHigh\t50\t450\t1\t16\r\n");
        s.append("\tTemperature(°C)");
        for (int k = 0; k < EMISSIONS.length; k++) {
            for (int c = 1; c <= COLUMNS; c++) {
                s.append('\t').append(c);
            }
            s.append('\t');
        }
        s.append("\r\n");
        for (int row = 0; row < ROWS; row++) {
            s.append('\t').append(row == 0 ? "25.0" : "");
            for (int k = 0; k < EMISSIONS.length; k++) {
                for (int c = 1; c <= COLUMNS; c++) {
                    s.append('\t').append(count(k, row, c));
                }
                s.append('\t');
            }
            s.append("\r\n");
        }
        s.append("~End\r\n");
        return withBom(s.toString().getBytes(StandardCharsets.UTF_16LE));
    }

    private static byte[] gen5Txt() {
        StringBuilder s =
                new StringBuilder("Software Version\t3.14.03\nPlate Number\tPlate 1\nReader Type:\tSynergy Neo2\n");
        s.append(
                "\nProcedure Details\n\nPlate Type\t384 WELL PLATE\nRead\tTRF\n\tTime-Resolved Fluorescence Endpoint\n\n");
        s.append("Results\n");
        for (int c = 1; c <= COLUMNS; c++) {
            s.append('\t').append(c);
        }
        s.append('\n');
        for (int row = 0; row < ROWS; row++) {
            for (int k = 0; k < EMISSIONS.length; k++) {
                s.append(k == 0 ? WellId.rowLabel(row) : "");
                for (int c = 1; c <= COLUMNS; c++) {
                    s.append('\t').append(count(k, row, c));
                }
                s.append("\tTRF:").append(EMISSIONS[k]).append('\n');
            }
        }
        return withBom(s.toString().getBytes(StandardCharsets.UTF_16LE));
    }

    private static byte[] withBom(byte[] utf16le) {
        byte[] out = new byte[utf16le.length + 2];
        out[0] = (byte) 0xFF;
        out[1] = (byte) 0xFE;
        System.arraycopy(utf16le, 0, out, 2, utf16le.length);
        return out;
    }

    /** Makes the bytes of one export. */
    @FunctionalInterface
    private interface Export {
        byte[] bytes() throws IOException;
    }

    /** Parses one export repeatedly with the named importer. */
    private record ImportCase(String name, String importerId, String suffix, Export export) implements BenchCase {
        @Override
        public String unit() {
            return "plates/s";
        }

        @Override
        public double measure(double seconds) throws Exception {
            PlateImporter importer = ImporterRegistry.builtIn().byId(importerId).orElseThrow();
            Path file = Files.createTempFile("hillfit-bench-", suffix);
            try {
                try (OutputStream out = Files.newOutputStream(file)) {
                    out.write(export.bytes());
                }
                ImportContext context = ImportContext.defaults();
                return Throughput.perSecond(() -> importer.read(file, context), seconds);
            } finally {
                Files.deleteIfExists(file);
            }
        }
    }
}
