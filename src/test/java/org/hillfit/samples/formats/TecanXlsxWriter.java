/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.samples.formats;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hillfit.plate.PlateFormat;
import org.hillfit.plate.WellFlag;
import org.hillfit.plate.WellId;

/**
 * A Tecan Spark / i-control Excel export of a TR-FRET read, one sheet per plate: the header block (Application,
 * Device, Date, Time, Plate, Plate-ID = barcode) with values in column E as i-control places them, then one {@code
 * Label: Label N} block per channel (excitation/emission wavelengths, gain, lag time 60 µs, integration time 400 µs,
 * Start Time, temperature) with its {@code <>} grid of numeric cells, and End Time. Markers: overflow {@code OVER},
 * out of range {@code Invalid}; a missed well is left empty.
 */
public final class TecanXlsxWriter implements ExportWriter {
    private static final Map<ExportChannel.ExportMarker, String> WORDS = Map.of(
            ExportChannel.ExportMarker.OVERFLOW, "OVER",
            ExportChannel.ExportMarker.OUT_OF_RANGE, "Invalid",
            ExportChannel.ExportMarker.MISSED, "Invalid");

    private static final Date CREATED = Date.from(Instant.parse("2026-01-01T00:00:00Z"));
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2026, 1, 1, 0, 0);

    /** The zip rewritten with every entry dated {@link #CREATED} (POI dates them now), entries and bytes kept. */
    private static byte[] withFixedEntryTimes(byte[] zip) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
                ZipOutputStream rewritten = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTimeLocal(ENTRY_TIME); // no time zone in it: the same bytes everywhere
                rewritten.putNextEntry(copy);
                in.transferTo(rewritten);
                rewritten.closeEntry();
            }
        }
        return out.toByteArray();
    }

    @Override
    public String importerId() {
        return "tecan";
    }

    /** i-control has one word for a well it could not measure, "Invalid", besides "OVER". */
    @Override
    public WellFlag flagOf(ExportChannel.ExportMarker marker) {
        return marker == ExportChannel.ExportMarker.OVERFLOW ? WellFlag.OVERFLOW : WellFlag.INVALID;
    }

    @Override
    public String variant() {
        return "xlsx";
    }

    @Override
    public String fileSuffix() {
        return ".tecan.xlsx";
    }

    @Override
    public byte[] write(List<ExportPlate> plates) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (ExportPlate plate : plates) {
                sheet(workbook.createSheet(plate.name()), plate);
            }
            // POI stamps the creation time; a fixed one keeps regenerated samples byte-identical
            workbook.getProperties().getCoreProperties().setCreated(Optional.of(CREATED));
            workbook.write(out);
            return withFixedEntryTimes(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sheet(Sheet sheet, ExportPlate plate) {
        int[] r = {0};
        text(sheet, r, "Application: SparkControl", "Version: 3.2");
        text(sheet, r, "Device: Spark", "Serial number: 2104001234");
        text(sheet, r, "Firmware: 4.6.2011.0303");
        r[0]++;
        text(sheet, r, "Date:", "2024-03-14");
        text(sheet, r, "Time:", "10:15:22");
        r[0]++;
        setting(sheet, r, "Plate", "Greiner " + plate.format().wellCount() + " Flat Black", "");
        setting(sheet, r, "Plate-ID (Stacker)", plate.barcode(), "");
        r[0]++;
        for (int k = 0; k < plate.channels().size(); k++) {
            label(sheet, r, "Label " + (k + 1), plate.channels().get(k), plate.format());
        }
    }

    private static void label(Sheet sheet, int[] r, String name, ExportChannel channel, PlateFormat format) {
        text(sheet, r, "Label: " + name);
        setting(sheet, r, "Mode", "Fluorescence Top Reading", "");
        setting(sheet, r, "Excitation Wavelength", String.valueOf(channel.excitationNm()), "nm");
        setting(sheet, r, "Emission Wavelength", String.valueOf(channel.emissionNm()), "nm");
        setting(sheet, r, "Gain", "120", "Manual");
        setting(sheet, r, "Number of Flashes", "50", "");
        setting(sheet, r, "Lag Time", "60", "µs");
        setting(sheet, r, "Integration Time", "400", "µs");
        text(sheet, r, "Start Time:", "2024-03-14 10:15:40");
        r[0]++;
        Row temperature = sheet.createRow(r[0]++);
        temperature.createCell(1).setCellValue("Temperature: 24.6 °C");
        Row header = sheet.createRow(r[0]++);
        header.createCell(0).setCellValue("<>");
        for (int c = 1; c <= format.columns(); c++) {
            header.createCell(c).setCellValue(c);
        }
        for (int row = 0; row < format.rows(); row++) {
            Row line = sheet.createRow(r[0]++);
            line.createCell(0).setCellValue(WellId.rowLabel(row));
            for (int c = 1; c <= format.columns(); c++) {
                WellId well = new WellId(row, c);
                int index = format.indexOf(well);
                ExportChannel.ExportMarker marker = channel.markers().get(well);
                if (marker != null || Double.isNaN(channel.values()[index])) {
                    String word = ExportCells.text(channel, index, well, WORDS);
                    if (!word.isEmpty()) {
                        line.createCell(c).setCellValue(word);
                    }
                } else {
                    line.createCell(c).setCellValue(channel.values()[index]);
                }
            }
        }
        r[0]++;
        text(sheet, r, "End Time:", "2024-03-14 10:16:52");
        r[0]++;
    }

    private static void text(Sheet sheet, int[] r, String... cells) {
        Row row = sheet.createRow(r[0]++);
        for (int c = 0; c < cells.length; c++) {
            row.createCell(c == 0 ? 0 : 4 * c).setCellValue(cells[c]);
        }
    }

    private static void setting(Sheet sheet, int[] r, String key, String value, String unit) {
        Row row = sheet.createRow(r[0]++);
        row.createCell(0).setCellValue(key);
        if (!value.isEmpty()) {
            row.createCell(4).setCellValue(value);
        }
        if (!unit.isEmpty()) {
            row.createCell(5).setCellValue(unit);
        }
    }
}
