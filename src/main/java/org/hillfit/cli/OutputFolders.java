/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Checks, before any work, that every output can be written, so that a command fails before it writes anything. */
final class OutputFolders {
    private OutputFolders() {}

    /**
     * @param outputs output files; absent ones ({@code null}, an option not given) are skipped
     * @throws InputErrorException naming the first output whose folder does not exist
     */
    static void check(@org.jspecify.annotations.Nullable Path... outputs) {
        for (Path output : outputs) {
            if (output == null) {
                continue;
            }
            Path folder = output.toAbsolutePath().getParent();
            if (folder != null && !Files.isDirectory(folder)) {
                throw new InputErrorException(output + ": the folder " + folder + " does not exist");
            }
        }
    }
}
