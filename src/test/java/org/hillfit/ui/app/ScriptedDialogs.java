/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hillfit.ui.session.FileDialogs;

/** File choosers that answer what the test set, and record what they were asked. */
final class ScriptedDialogs implements FileDialogs {
    final List<String> asked = new ArrayList<>();
    Optional<Path> saveAs = Optional.empty();
    Optional<Path> folder = Optional.empty();
    List<Path> files = List.of();

    @Override
    public List<Path> openFiles(String title, Path start, List<String> filter) {
        asked.add(title);
        return files;
    }

    @Override
    public Optional<Path> openFile(String title, Path start, List<String> filter) {
        asked.add(title);
        return files.stream().findFirst();
    }

    @Override
    public Optional<Path> folder(String title, Path start) {
        asked.add(title);
        return folder;
    }

    @Override
    public Optional<Path> saveFile(String title, Path start, String name, List<String> filter) {
        asked.add(title + " [" + name + "]");
        return saveAs;
    }
}
