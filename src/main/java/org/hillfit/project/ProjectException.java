/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.project;

import java.nio.file.Path;

/**
 * A project file cannot be opened: malformed, truncated, from a newer Hillfit, or inconsistent. The message names the
 * file and, where known, the line, column and JSON path ("project.hillfit: line 12, column 7, at
 * inputs[0].plates[0]: …"). Nothing is half-loaded.
 */
public class ProjectException extends Exception {
    private static final long serialVersionUID = 1L;

    /** The problem in {@code file}; {@code where} may be empty. */
    public ProjectException(Path file, String where, String message) {
        super(file + ": " + (where.isEmpty() ? "" : where + ": ") + message);
    }

    /** The problem in {@code file}, with its cause. */
    public ProjectException(Path file, String where, String message, Throwable cause) {
        super(file + ": " + (where.isEmpty() ? "" : where + ": ") + message, cause);
    }
}
