/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.samples.formats;

import java.util.List;

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

    /** The export file's bytes for these plates (one or several per file, as the instrument allows). */
    byte[] write(List<ExportPlate> plates);
}
