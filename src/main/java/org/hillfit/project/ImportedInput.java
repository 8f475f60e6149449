/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.project;

import java.util.List;
import java.util.Objects;
import org.hillfit.plate.Plate;
import org.hillfit.result.InputRecord;

/**
 * One input as imported: its provenance, its plates as parsed and what the importer noticed.
 *
 * @param record path, assay, importer, size and SHA-256
 * @param plates the parsed plates, in file order
 * @param warnings the importer's problems, each naming file, line or well
 */
public record ImportedInput(InputRecord record, List<Plate> plates, List<String> warnings) {
    public ImportedInput {
        Objects.requireNonNull(record, "record");
        plates = List.copyOf(plates);
        warnings = List.copyOf(warnings);
    }
}
