/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io;

import java.nio.file.Path;
import java.util.List;

/**
 * Reads one kind of instrument export into plates. Implementations are stateless and thread-safe. Register new
 * importers in {@link BuiltInImporters}.
 */
public interface PlateImporter {

    /** Stable slug used by {@code --format} and in project files, e.g. "envision-csv". */
    String id();

    /** Name shown to users, e.g. "PerkinElmer EnVision (CSV)". */
    String displayName();

    /** File name endings this importer usually sees, lower-case without dot ("csv", "txt"); a hint only. */
    List<String> fileExtensions();

    /** One sentence on what is read (shown by {@code hillfit formats}). */
    String description();

    /**
     * How sure this importer is that it can read the file, from 0 (not at all) to 1 (certain), judged from the name
     * and the first bytes. Cheap, without side effects, never throws, even on random bytes.
     */
    double probe(ProbeSample sample);

    /**
     * Reads the file (or, for an importer whose probe claims folders or archives through {@link
     * ProbeSample#entries()}, the folder or archive).
     *
     * @throws ImportException naming the line/well and what was expected, when the file cannot be read
     */
    ImportResult read(Path file, ImportContext context) throws ImportException;
}
