/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io;

import java.util.Objects;

/**
 * An input could not be read. The message names the place and what was expected, e.g.
 * {@code "plate.csv, line 14: expected 24 values after row label 'C'; got 23"}.
 */
public class ImportException extends Exception {
    private static final long serialVersionUID = 1L;

    private final SourceLocation location;
    private final String problem;

    public ImportException(SourceLocation location, String problem) {
        super(location + ": " + problem);
        this.location = Objects.requireNonNull(location, "location");
        this.problem = problem;
    }

    public ImportException(SourceLocation location, String problem, Throwable cause) {
        super(location + ": " + problem, cause);
        this.location = Objects.requireNonNull(location, "location");
        this.problem = problem;
    }

    /** Where the problem is. */
    public SourceLocation location() {
        return location;
    }

    /** The problem without the location. */
    public String problem() {
        return problem;
    }
}
