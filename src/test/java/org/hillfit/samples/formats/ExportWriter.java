/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.samples.formats;

import java.util.List;
import org.hillfit.plate.WellFlag;

/**
 * Writes simulated plates as one vendor's export, byte for byte as that software would (encoding, delimiter, line
 * ends, headers, footers). Test-side only: it lets every importer be checked on the same data, and generates the
 * multi-format sample plates. Register each writer in {@link ExportWriters}.
 */
public interface ExportWriter {

    /** The id of the importer that must read what this writes (e.g. "envision-csv"). */
    String importerId();

    /** A short variant name when one importer has several writers ("semicolon", "xlsx"); "" for the default. */
    default String variant() {
        return "";
    }

    /** File name ending including the dot, e.g. ".envision.csv". */
    String fileSuffix();

    /** How many plates one file of this format can hold (a MARS export holds one). */
    default int maxPlatesPerFile() {
        return Integer.MAX_VALUE;
    }

    /**
     * The well flag this vendor's spelling of a marker reads back as. Vendors have fewer words than Hillfit has
     * flags (SoftMax Pro writes "Range?" for both an overflow and an out-of-range well), so a round trip keeps a
     * marker as a flag but not always as the same one.
     */
    default WellFlag flagOf(ExportChannel.ExportMarker marker) {
        return switch (marker) {
            case OVERFLOW -> WellFlag.OVERFLOW;
            case OUT_OF_RANGE -> WellFlag.OUT_OF_RANGE;
            case MISSED -> WellFlag.MISSED;
        };
    }

    /** The export file's bytes for these plates (one or several per file, as the instrument allows). */
    byte[] write(List<ExportPlate> plates);
}
