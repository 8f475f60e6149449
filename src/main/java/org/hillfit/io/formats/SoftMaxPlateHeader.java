/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.formats;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hillfit.io.ImportException;
import org.hillfit.io.SourceLocation;
import org.hillfit.io.table.TextRow;
import org.hillfit.plate.ChannelInfo;
import org.hillfit.plate.PlateFormat;

/**
 * The positional header line of a SoftMax Pro {@code Plate:} section (export version 1.3), tab-separated:
 *
 * <pre>
 *  0 Plate:   1 name   2 export version   3 export format (PlateFormat | TimeFormat)
 *  4 read type (Endpoint | Kinetic | Spectrum | Well Scan)   5 read mode (Absorbance | Fluorescence |
 *    Luminescence | Time Resolved …)   [6 bottom read TRUE/FALSE: fluorescence only]
 *  6+o data mode (Raw | Reduced)   7+o pre-read   8+o reads (kinetic points)   9+o, 10+o read time / interval
 *  11+o … 13+o spectrum start, end, step   14+o number of wavelengths   15+o wavelengths ("620 665")
 *  16+o first column   17+o number of columns   18+o number of wells
 *  absorbance:  19+o first row   20+o number of rows
 *  others:      19+o excitation wavelengths   20+o cutoff mode   21+o cutoff filters   24+o reads per well
 *               25+o PMT gain   26+o, 27+o integration start / end (µs, time-resolved)   28+o first row
 *               29+o number of rows
 * </pre>
 *
 * The offset {@code o} is 1 when field 6 is the fluorescence bottom-read flag, found by where the data mode sits.
 *
 * @param name the plate's name in SoftMax Pro
 * @param exportVersion e.g. "1.3"
 * @param timeFormat true for TimeFormat (one line per read, wells across), false for PlateFormat (grids)
 * @param readType e.g. "Endpoint"
 * @param readMode e.g. "Time Resolved"
 * @param reads number of reads (kinetic points), at least 1
 * @param wavelengths the emission (or absorbance) wavelengths as written, one per wavelength read
 * @param excitations excitation wavelengths as written, empty when the mode has none
 * @param format the plate format from the number of wells, when the header gives it
 * @param firstRow 1-based first plate row read
 * @param firstColumn 1-based first plate column read
 * @param settings further settings by attribute key, value with unit (gain, reads per well, integration start/end)
 */
record SoftMaxPlateHeader(
        String name,
        String exportVersion,
        boolean timeFormat,
        String readType,
        String readMode,
        int reads,
        List<String> wavelengths,
        List<String> excitations,
        Optional<PlateFormat> format,
        int firstRow,
        int firstColumn,
        Map<String, String> settings) {

    SoftMaxPlateHeader {
        wavelengths = List.copyOf(wavelengths);
        excitations = List.copyOf(excitations);
        settings = Map.copyOf(settings);
    }

    /** True for absorbance reads, whose wavelength is not an emission. */
    boolean isAbsorbance() {
        return readMode.toLowerCase(Locale.ROOT).startsWith("absorbance");
    }

    /**
     * Reads a header line.
     *
     * @throws ImportException naming the line when a field is missing or not what the position requires
     */
    static SoftMaxPlateHeader parse(TextRow row, SourceLocation where) throws ImportException {
        int o = dataModeOffset(row, where);
        String format = row.stripped(3);
        if (!format.equals("PlateFormat") && !format.equals("TimeFormat")) {
            throw new ImportException(
                    where, "expected the export format 'PlateFormat' or 'TimeFormat' in field 4; got '" + format + "'");
        }
        String readType = row.stripped(4);
        if (!readType.equals("Endpoint") && !readType.equals("Kinetic")) {
            throw new ImportException(
                    where,
                    "read type '" + readType + "': "
                            + readType.toLowerCase(Locale.ROOT).replace(' ', '-')
                            + " reads are not supported"
                            + " (they give several values per well); export an Endpoint or Kinetic read");
        }
        boolean absorbance = row.stripped(5).toLowerCase(Locale.ROOT).startsWith("absorbance");
        List<String> wavelengths = words(row.stripped(15 + o));
        int declared = integer(row, 14 + o, 1, where, "number of wavelengths");
        if (wavelengths.size() != declared) {
            throw new ImportException(
                    where,
                    "the header declares " + declared + " wavelength(s) in field " + (15 + o) + " but lists "
                            + wavelengths.size() + " ('" + row.stripped(15 + o) + "')");
        }
        int wells = integer(row, 18 + o, 0, where, "number of wells");
        return new SoftMaxPlateHeader(
                row.stripped(1),
                row.stripped(2),
                format.equals("TimeFormat"),
                readType,
                row.stripped(5),
                integer(row, 8 + o, 1, where, "number of reads"),
                wavelengths,
                absorbance ? List.of() : words(row.stripped(19 + o)),
                PlateFormat.ofWellCount(wells),
                integer(row, (absorbance ? 19 : 28) + o, 1, where, "first row"),
                integer(row, 16 + o, 1, where, "first column"),
                absorbance ? Map.of() : settings(row, o));
    }

    private static int dataModeOffset(TextRow row, SourceLocation where) throws ImportException {
        for (int o = 0; o <= 1; o++) {
            String mode = row.stripped(6 + o);
            if (mode.equals("Raw") || mode.equals("Reduced") || mode.equals("Both")) {
                return o;
            }
        }
        throw new ImportException(
                where,
                "expected the data mode 'Raw' or 'Reduced' in field 7 or 8 of the Plate: header; got '"
                        + row.stripped(6) + "', '" + row.stripped(7) + "'");
    }

    private static Map<String, String> settings(TextRow row, int o) {
        Map<String, String> settings = new HashMap<>();
        putIfGiven(settings, "reads_per_well", row.stripped(24 + o), "");
        putIfGiven(settings, ChannelInfo.KEY_GAIN, row.stripped(25 + o), "");
        putIfGiven(settings, "integration_start", row.stripped(26 + o), " µs");
        putIfGiven(settings, "integration_end", row.stripped(27 + o), " µs");
        return settings;
    }

    private static void putIfGiven(Map<String, String> settings, String key, String value, String unit) {
        if (!value.isEmpty()) {
            settings.put(key, value + unit);
        }
    }

    private static int integer(TextRow row, int field, int absent, SourceLocation where, String what)
            throws ImportException {
        String text = row.stripped(field);
        if (text.isEmpty()) {
            return absent;
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new ImportException(
                    where,
                    "expected the " + what + " as a whole number in field " + (field + 1) + " of the Plate: header;"
                            + " got '" + text + "'",
                    e);
        }
    }

    private static List<String> words(String text) {
        return text.isBlank() ? List.of() : Arrays.asList(text.strip().split("\\s+"));
    }
}
