/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Real public instrument exports in {@code ../shared/data/public} (see its PROVENANCE.md). They are not copied into
 * the project: tests read them in place and are skipped where the folder is absent.
 */
public final class PublicData {
    private PublicData() {}

    /** The folder, from the {@code hillfit.shared.data} system property set by the build. */
    public static Path folder() {
        return Path.of(System.getProperty("hillfit.shared.data", "../shared/data/public"));
    }

    /** A file under the folder; skips the calling test when it is absent. */
    public static Path file(String relative) {
        Path file = folder().resolve(relative);
        assumeTrue(Files.isRegularFile(file), () -> "public sample not available: " + file);
        return file;
    }

    /** True when the public data folder exists. */
    public static boolean isAvailable() {
        return Files.isDirectory(folder());
    }
}
