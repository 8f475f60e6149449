/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.project;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A project as opened: the session (analysis recomputed) and the state of its input files on disk.
 *
 * @param session the session
 * @param inputs one check per input: unchanged, moved, missing or changed
 * @param schemaVersion the schema version the file was written with (older ones are migrated on open)
 * @param auditSeal whether the audit trail is as Hillfit wrote it
 * @param auditBrokenAt 0-based index of the first audit entry whose hash does not match, when broken
 */
public record OpenedProject(
        AnalysisSession session,
        List<InputCheck> inputs,
        int schemaVersion,
        AuditSeal auditSeal,
        OptionalInt auditBrokenAt) {
    public OpenedProject {
        Objects.requireNonNull(session, "session");
        inputs = List.copyOf(inputs);
        Objects.requireNonNull(auditSeal, "auditSeal");
        Objects.requireNonNull(auditBrokenAt, "auditBrokenAt");
    }

    /** A sentence for the user when the audit trail was changed outside Hillfit. */
    public Optional<String> auditWarning() {
        return auditSeal == AuditSeal.BROKEN
                ? Optional.of("the audit trail was changed outside Hillfit (from entry " + (auditBrokenAt.orElse(0) + 1)
                        + " on); it is shown as found")
                : Optional.empty();
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
