/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.plate;

/** Metadata keys shared by every importer, so the report can print provenance uniformly. */
public final class PlateMetadata {
    /** The file the plate came from (as given by the user). */
    public static final String SOURCE_FILE = "source_file";
    /** Id of the importer that read it ("envision-csv"). */
    public static final String FORMAT = "format";
    /** Plate barcode, with any Excel quoting removed. */
    public static final String BARCODE = "barcode";
    /** Instrument model or serial. */
    public static final String INSTRUMENT = "instrument";
    /** Reader software and version. */
    public static final String SOFTWARE = "software";
    /** Measurement date and time as written in the export. */
    public static final String MEASURED_AT = "measured_at";
    /** Protocol or test name. */
    public static final String PROTOCOL = "protocol";
    /** Read mode (e.g. "Time Resolved Fluorescence"). */
    public static final String READ_MODE = "read_mode";
    /**
     * What the reader's own plate layout says each well holds (BMG content codes such as "Sample X1", "Standard
     * S1", "Blank B", "Positive control P"), as {@code A01=Sample X1;A02=Blank B}: zero-padded wells in plate order,
     * entries separated by ';'. Absent when the export has no content.
     */
    public static final String WELL_CONTENT = "well_content";

    private PlateMetadata() {}
}
