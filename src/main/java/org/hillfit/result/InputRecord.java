/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.result;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Provenance of one input as it was analysed, for the report's Methods sheet and project files.
 *
 * @param path the file or folder as given
 * @param assay the assay its plates were assigned to
 * @param format the id of the importer that read it
 * @param sizeBytes size in bytes (sum over files for a folder)
 * @param sha256 hex SHA-256 of the content (for a folder: of the sorted names and hashes of its files)
 */
public record InputRecord(Path path, String assay, String format, long sizeBytes, String sha256) {
    public InputRecord {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(assay, "assay");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(sha256, "sha256");
    }
}
