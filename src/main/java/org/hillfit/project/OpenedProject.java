/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.project;

import java.util.List;
import java.util.Objects;

/**
 * A project as opened: the session (analysis recomputed) and the state of its input files on disk.
 *
 * @param session the session
 * @param inputs one check per input: unchanged, moved, missing or changed
 * @param schemaVersion the schema version the file was written with (older ones are migrated on open)
 */
public record OpenedProject(AnalysisSession session, List<InputCheck> inputs, int schemaVersion) {
    public OpenedProject {
        Objects.requireNonNull(session, "session");
        inputs = List.copyOf(inputs);
    }

    /** True when the file had an older schema and saving it will write the current one. */
    public boolean wasMigrated() {
        return schemaVersion < ProjectDocument.SCHEMA_VERSION;
    }

    /** The inputs that are not unchanged at their recorded path. */
    public List<InputCheck> problems() {
        return inputs.stream().filter(InputCheck::needsAttention).toList();
    }
}
