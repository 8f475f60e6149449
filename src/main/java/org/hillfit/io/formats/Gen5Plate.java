/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.formats;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hillfit.plate.ChannelInfo;
import org.hillfit.plate.ChannelKind;
import org.hillfit.plate.Plate;
import org.hillfit.plate.PlateBuilder;
import org.hillfit.plate.PlateMetadata;

/**
 * One plate of a Gen5 export while it is being read: its header keys, its procedure, and its Results channels,
 * each named by its read label ("TRF:620", "Blank 630nmAbsRead:630", "Ratio", "[Concentration]").
 */
final class Gen5Plate {
    /** A label ending in a wavelength or an excitation/emission pair: "TRF:665", "Read 1:485,528". */
    private static final Pattern WAVELENGTHS = Pattern.compile(":\\s*(\\d{3,4})(?:\\s*[,/]\\s*(\\d{3,4}))?$");
    /** First words of labels Gen5 data reduction writes. */
    private static final Set<String> CALCULATION_WORDS =
            Set.of("blank", "log", "ratio", "delta", "corrected", "calc", "mean", "average", "stdev", "cv");

    private final Map<String, String> header = new LinkedHashMap<>();
    private final Map<String, PlateBuilder.ChannelBuilder> channels = new LinkedHashMap<>();
    private final PlateBuilder builder = new PlateBuilder("gen5");
    private Gen5Procedure procedure = Gen5Procedure.none();

    /** Records a header key ("Plate Number", "Reader Type") and its value. */
    void header(String key, String value) {
        header.put(key, value);
    }

    /** Sets the procedure. */
    void procedure(Gen5Procedure details) {
        procedure = details;
    }

    /** True once a Results value was read. */
    boolean hasResults() {
        return !channels.isEmpty();
    }

    /** The plate number as written ("Plate 2"), or "". */
    String plateNumber() {
        return header.getOrDefault("Plate Number", "");
    }

    /** The channel of a read label, created with its settings on first use. */
    PlateBuilder.ChannelBuilder channel(String label) {
        return channels.computeIfAbsent(label, l -> builder.channel(l).info(info(l)));
    }

    /**
     * Builds the plate under its final name.
     *
     * @throws IllegalStateException when a well lies outside the plate type the procedure names
     */
    Plate build(String name) {
        ExportNames.formatIn(procedure.plateType()).ifPresent(builder::format);
        builder.metadata(PlateMetadata.SOFTWARE, "Gen5 " + header.getOrDefault("Software Version", ""));
        String serial = header.getOrDefault("Reader Serial Number", "");
        String reader = header.getOrDefault("Reader Type", "");
        boolean knownSerial = !serial.isEmpty() && !serial.equalsIgnoreCase("Unknown") && !serial.equals("n/a");
        builder.metadata(PlateMetadata.INSTRUMENT, knownSerial ? reader + " (serial " + serial + ")" : reader);
        builder.metadata(
                PlateMetadata.MEASURED_AT,
                (header.getOrDefault("Date", "") + " " + header.getOrDefault("Time", "")).strip());
        builder.metadata(PlateMetadata.PROTOCOL, header.getOrDefault("Protocol File Path", ""));
        builder.metadata(PlateMetadata.BARCODE, barcode().orElse(""));
        builder.metadata("experiment_file", header.getOrDefault("Experiment File Path", ""));
        builder.metadata("plate_number", plateNumber());
        builder.metadata("reading_type", header.getOrDefault("Reading Type", ""));
        builder.metadata("plate_type", procedure.plateType());
        builder.metadata("temperature", header.getOrDefault("Actual Temperature", ""));
        builder.metadata(
                PlateMetadata.READ_MODE,
                String.join(
                        "; ",
                        procedure.reads().stream().map(Gen5Procedure.Read::mode).toList()));
        return builder.build().withName(name);
    }

    /** The barcode, when the export has a "Plate ID" or "Barcode" line. */
    Optional<String> barcode() {
        String id = header.getOrDefault("Barcode", header.getOrDefault("Plate ID", ""));
        return id.isBlank() ? Optional.empty() : Optional.of(id.strip());
    }

    private ChannelInfo info(String label) {
        Optional<Gen5Procedure.Read> read = procedure.readOf(label);
        boolean raw = procedure.reads().isEmpty() ? !looksCalculated(label) : read.isPresent();
        ChannelSettings settings = new ChannelSettings().set(ChannelInfo.KEY_LABEL, label);
        Matcher m = WAVELENGTHS.matcher(label);
        String emission = "";
        if (m.find()) {
            boolean absorbance =
                    procedure.reads().stream().anyMatch(r -> r.isAbsorbance() && label.contains(r.name() + ":"));
            if (m.group(2) != null) {
                settings.set(ChannelInfo.KEY_EXCITATION_NM, m.group(1));
                emission = m.group(2);
            } else if (absorbance) {
                settings.set(ChannelSettings.KEY_WAVELENGTH_NM, m.group(1));
            } else {
                emission = m.group(1);
            }
            settings.set(ChannelInfo.KEY_EMISSION_NM, emission);
        }
        if (read.isPresent() && raw) {
            Gen5Procedure.Read r = read.get();
            settings.set("mode", r.mode());
            r.settings().forEach(settings::set);
            settings.set(ChannelInfo.KEY_GAIN, r.gainByEmission().getOrDefault(emission, ""));
            settings.set("excitation_filter", r.excitationByEmission().getOrDefault(emission, ""));
        }
        if (!raw) {
            settings.set(ChannelInfo.KEY_FORMULA, "Gen5 data reduction '" + label + "'");
        }
        return settings.info(raw ? ChannelKind.RAW : ChannelKind.CALCULATED);
    }

    private static boolean looksCalculated(String label) {
        String first = label.strip().split("[\\s:]", 2)[0].toLowerCase(Locale.ROOT);
        return label.startsWith("[") || CALCULATION_WORDS.contains(first);
    }
}
