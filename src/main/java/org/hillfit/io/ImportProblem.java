/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io;

import java.util.Objects;

/**
 * Something an importer noticed but could read past (a duplicated well, an unknown marker, an ignored block).
 *
 * @param severity how much it matters
 * @param location where it was found
 * @param message one plain sentence for the user
 */
public record ImportProblem(Severity severity, SourceLocation location, String message) {

    /** How much a problem matters. */
    public enum Severity {
        /** Worth knowing, nothing was lost. */
        INFO,
        /** Data was skipped or reinterpreted; the user should look. */
        WARNING
    }

    public ImportProblem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
    }

    /** A warning. */
    public static ImportProblem warning(SourceLocation location, String message) {
        return new ImportProblem(Severity.WARNING, location, message);
    }

    @Override
    public String toString() {
        return location + ": " + message;
    }
}
