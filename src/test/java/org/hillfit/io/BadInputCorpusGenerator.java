/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the generated files of the bad-input corpus ({@code src/test/resources/bad/}): binary garbage, a UTF-32
 * matrix, a line over the length limit, a zip-bomb-like XLSX and an XLSX whose shared strings carry an XXE
 * payload. The hand-written text files of the corpus are committed as they are. Run after changing it:
 * {@code java -cp target/test-classes:target/classes:<deps> org.hillfit.io.BadInputCorpusGenerator
 * src/test/resources/bad}.
 */
public final class BadInputCorpusGenerator {
    private BadInputCorpusGenerator() {}

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "src/test/resources/bad");
        byte[] garbage = new byte[3000];
        new Random(11).nextBytes(garbage);
        Files.write(folder.resolve("binary-garbage.csv"), garbage);
        Files.write(folder.resolve("wrong-encoding-utf32.csv"), matrix96().getBytes(Charset.forName("UTF-32LE")));
        Files.writeString(folder.resolve("long-line.csv"), matrix96() + "H" + ",1".repeat(500_001) + "\n");
        Files.write(folder.resolve("zip-bomb.xlsx"), replaceEntry(workbook(), "xl/worksheets/sheet1.xml", bomb()));
        Files.write(folder.resolve("xxe.xlsx"), replaceEntry(workbook(), "xl/sharedStrings.xml", xxe()));
    }

    /** A small 96-well matrix (rows A–G only, so the long line that follows would be row H). */
    private static String matrix96() {
        StringBuilder s = new StringBuilder("Signal\n");
        for (int c = 1; c <= 12; c++) {
            s.append(',').append(c);
        }
        s.append('\n');
        for (char row = 'A'; row <= 'G'; row++) {
            s.append(row);
            for (int c = 1; c <= 12; c++) {
                s.append(',').append(100 * (row - 'A') + c);
            }
            s.append('\n');
        }
        return s.toString();
    }

    /** A valid generic-matrix workbook: a text title (a shared string) above a 96-well grid. */
    private static byte[] workbook() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Plate");
            sheet.createRow(0).createCell(0).setCellValue("Signal");
            Row header = sheet.createRow(1);
            for (int c = 1; c <= 12; c++) {
                header.createCell(c).setCellValue(c);
            }
            for (int r = 0; r < 8; r++) {
                Row row = sheet.createRow(2 + r);
                row.createCell(0).setCellValue(String.valueOf((char) ('A' + r)));
                for (int c = 1; c <= 12; c++) {
                    row.createCell(c).setCellValue(100 * r + c);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** A worksheet that inflates from a few KiB to 20 MB of blanks: far past POI's 1 % inflate-ratio guard. */
    private static byte[] bomb() {
        String open = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";
        return (open + " ".repeat(20_000_000) + "</sheetData></worksheet>").getBytes(StandardCharsets.UTF_8);
    }

    /** Shared strings whose only string is an external entity pointing at /etc/passwd. */
    private static byte[] xxe() {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                        + "<!DOCTYPE sst [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
                        + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"9\""
                        + " uniqueCount=\"9\"><si><t>&xxe;</t></si><si><t>A</t></si><si><t>B</t></si>"
                        + "<si><t>C</t></si><si><t>D</t></si><si><t>E</t></si><si><t>F</t></si><si><t>G</t></si>"
                        + "<si><t>H</t></si></sst>")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] replaceEntry(byte[] zip, String name, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
                ZipOutputStream zipOut = new ZipOutputStream(out)) {
            zipOut.setLevel(9);
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                zipOut.putNextEntry(new ZipEntry(entry.getName()));
                zipOut.write(entry.getName().equals(name) ? content : in.readAllBytes());
                zipOut.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
