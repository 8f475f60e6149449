/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.session;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The file choosers the commands use, behind an interface so tests answer them without a native dialog. Each
 * starts in the folder given (when it exists).
 */
public interface FileDialogs {
    /**
     * Asks for files to open.
     *
     * @param filter a description and the extensions ("*.csv") of the files offered; empty for any file
     */
    List<Path> openFiles(String title, Path folder, List<String> filter);

    /** Asks for one file to open. */
    Optional<Path> openFile(String title, Path folder, List<String> filter);

    /** Asks for a folder. */
    Optional<Path> folder(String title, Path folder);

    /**
     * Asks where to save a file.
     *
     * @param name the suggested file name
     * @param filter a description and the extension ("*.xlsx")
     */
    Optional<Path> saveFile(String title, Path folder, String name, List<String> filter);
}
