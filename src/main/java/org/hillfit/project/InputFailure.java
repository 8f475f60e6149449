/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.project;

import java.nio.file.Path;
import java.util.Objects;

/**
 * An input left out of a session because it could not be imported or analysed.
 *
 * @param index 0-based index of the input in the request
 * @param path the file (or folder)
 * @param message why, naming the file and the line, plate or well (the importer's or the analysis' own message)
 */
public record InputFailure(int index, Path path, String message) {
    public InputFailure {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
        if (index < 0) {
            throw new IllegalArgumentException("an input index is ≥ 0; got " + index);
        }
    }
}
