/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.project;

import java.util.function.Supplier;

/** Attaches the JSON path of a project document to a domain rule that failed while it is turned into a session. */
final class ProjectErrors {
    private ProjectErrors() {}

    /** A project document that breaks a rule; {@code path} is a JSON path such as "inputs[0].plates[1]". */
    static final class Invalid extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String path;

        Invalid(String path, String message) {
            super(message);
            this.path = path;
        }

        String path() {
            return path;
        }
    }

    /** Runs a domain constructor; its {@link IllegalArgumentException} becomes an {@link Invalid} at {@code path}. */
    static <T> T at(String path, Supplier<T> build) {
        try {
            return build.get();
        } catch (IllegalArgumentException | java.util.NoSuchElementException e) {
            throw new Invalid(path, e.getMessage());
        }
    }
}
