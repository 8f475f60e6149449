/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.project;

import java.util.List;
import java.util.Objects;
import org.hillfit.result.InputRecord;

/**
 * One input of a session: its provenance and what the importer noticed. Its plates are the session plates whose
 * {@link PlateKey#input()} is this input's index.
 *
 * @param record path, assay, importer, size and SHA-256 as analysed
 * @param warnings the importer's problems, each naming file, line or well
 */
public record SessionInput(InputRecord record, List<String> warnings) {
    public SessionInput {
        Objects.requireNonNull(record, "record");
        warnings = List.copyOf(warnings);
    }
}
