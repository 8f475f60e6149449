/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hillfit.io.ImportContext;
import org.hillfit.io.ImportException;
import org.hillfit.plate.Plate;
import org.hillfit.plate.PlateFormat;
import org.hillfit.plate.WellId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Small EnVision variants written inline: repeats, list well styles, plate-type conflicts. */
class EnvisionCsvEdgeCasesTest {
    private static final String PLATE_HEADER = "Plate,Repeat,Barcode,Measured height,Label,Measinfo,Measurement date,";

    @TempDir
    Path dir;

    private List<Plate> read(String text) throws IOException, ImportException {
        Path file = Files.writeString(dir.resolve("export.csv"), text);
        return new EnvisionCsvImporter().read(file, ImportContext.defaults()).plates();
    }

    private static String titled(int repeat, int value) {
        StringBuilder s = new StringBuilder("Plate information\n" + PLATE_HEADER + "\n1," + repeat
                + ",\"=\"\"R-1\"\"\",9.5,Eu(1),De=1st,3/7/2024 10:15:30 AM,\n\n"
                + "Results for Eu(1) - channel 1 window 1 (Counts)\n,01,02,03,04,05,06,07,08,09,10,11,12,\n");
        for (char row = 'A'; row <= 'H'; row++) {
            s.append(row);
            for (int c = 1; c <= 12; c++) {
                s.append(',').append(value + c);
            }
            s.append(",\n");
        }
        return s.append('\n').toString();
    }

    @Test
    void namesRepeatsOfTheSamePlateApart() throws Exception {
        List<Plate> plates = read(titled(1, 100) + titled(2, 200));

        assertEquals(
                List.of("R-1", "R-1 repeat 2"), plates.stream().map(Plate::name).toList());
        assertEquals(203, plates.get(1).channels().get(0).valueAt(WellId.parse("H03")), 0);
        assertEquals("Eu channel 1", plates.get(0).channels().get(0).name());
    }

    @Test
    void readsThreeDigitWellIdsInAList() throws Exception {
        List<Plate> plates = read("Plate,Repeat,Well,Type,Eu(1) - channel 1 (Counts),\n"
                + "1,1,A001,M,11,\n1,1,B012,M,22,\n1,1,P024,M,33,\n");

        Plate plate = plates.get(0);
        assertEquals("Plate 1", plate.name());
        assertEquals(11, plate.channels().get(0).valueAt(WellId.parse("A01")), 0);
        assertEquals(22, plate.channels().get(0).valueAt(WellId.parse("B12")), 0);
        assertEquals(33, plate.channels().get(0).valueAt(WellId.parse("P24")), 0);
    }

    @Test
    void reportsAListLineWithoutAWell() {
        ImportException e =
                assertThrows(ImportException.class, () -> read("Plate,Repeat,Well,Signal,\n1,1,A01,5,\n1,1,A1x,6,\n"));

        assertEquals(3, e.location().line());
        assertEquals("expected a well such as A01 in column 'Well'; got 'A1x'", e.problem());
    }

    @Test
    void reportsAMatrixWiderThanTheDeclaredPlateType() {
        String text = titled(1, 100)
                        .replace(",01,02,03,04,05,06,07,08,09,10,11,12,", ",01,02,03,04,05,06,07,08,09,10,11,12,13,")
                        .replace("112,\n", "112,999,\n")
                + "Protocol information\nPlate type:\nNumber of the wells in the plate,,,,96\n";

        ImportException e = assertThrows(ImportException.class, () -> read(text));

        assertEquals("A13", e.location().well());
        assertEquals("well A13 is outside the 96-well plate the export describes", e.problem());
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-16BE", "UTF-16LE", "UTF-8"})
    void readsTheSameValuesWithAByteOrderMarkInEveryUnicodeEncoding(String charset) throws Exception {
        String text = Files.readString(EnvisionCsvImporterTest.sample("htrf-96-titled.csv"));
        Path file = dir.resolve("reencoded.csv");
        Files.write(file, ("\uFEFF" + text).getBytes(Charset.forName(charset)));

        Plate plate = new EnvisionCsvImporter()
                .read(file, ImportContext.defaults())
                .plates()
                .get(0);

        Plate original = new EnvisionCsvImporter()
                .read(EnvisionCsvImporterTest.sample("htrf-96-titled.csv"), ImportContext.defaults())
                .plates()
                .get(0);
        assertEquals(original, plate);
        assertEquals(30007, plate.channel("APC 665").orElseThrow().valueAt(WellId.parse("A01")), 0);
    }

    @Test
    void readsA1536WellMatrixWithDoubleLetterRows() throws Exception {
        StringBuilder s = new StringBuilder("Results for Eu(1) - channel 1 window 1 (Counts)\n");
        for (int c = 1; c <= 48; c++) {
            s.append(',').append(String.format(java.util.Locale.ROOT, "%02d", c));
        }
        s.append(",\n");
        for (String row : List.of("A", "Z", "AA", "AF")) {
            s.append(row);
            for (int c = 1; c <= 48; c++) {
                s.append(',').append(row.length() * 1000 + c);
            }
            s.append(",\n");
        }

        Plate plate = read(s.toString()).get(0);

        assertEquals(PlateFormat.WELLS_1536, plate.format());
        assertEquals(2048, plate.channels().get(0).valueAt(WellId.parse("AF48")), 0);
        assertEquals(1001, plate.channels().get(0).valueAt(WellId.parse("Z01")), 0);
        assertEquals(192, plate.channels().get(0).presentCount());
    }
}
