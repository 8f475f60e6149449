/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.project;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An autosave that is newer than its project: what was left after a crash. Open {@link #autosave()} with {@link
 * ProjectStore#open} to recover, then save it over the project; or discard it.
 *
 * @param autosave the autosave file
 * @param autosavedAt when it was written
 * @param projectSavedAt when the project was last saved; empty when it never was
 */
public record Recovery(Path autosave, Instant autosavedAt, Optional<Instant> projectSavedAt) {
    public Recovery {
        Objects.requireNonNull(autosave, "autosave");
        Objects.requireNonNull(autosavedAt, "autosavedAt");
        Objects.requireNonNull(projectSavedAt, "projectSavedAt");
    }
}
