/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.app;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.hillfit.ui.session.FileDialogs;

/** The platform's file choosers. */
final class FxFileDialogs implements FileDialogs {
    private final Supplier<Window> owner;

    FxFileDialogs(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public List<Path> openFiles(String title, Path folder, List<String> filter) {
        List<File> files = chooser(title, folder, filter).showOpenMultipleDialog(owner.get());
        return files == null ? List.of() : files.stream().map(File::toPath).toList();
    }

    @Override
    public Optional<Path> openFile(String title, Path folder, List<String> filter) {
        return Optional.ofNullable(chooser(title, folder, filter).showOpenDialog(owner.get()))
                .map(File::toPath);
    }

    @Override
    public Optional<Path> folder(String title, Path folder) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        if (Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        return Optional.ofNullable(chooser.showDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> saveFile(String title, Path folder, String name, List<String> filter) {
        FileChooser chooser = chooser(title, folder, filter);
        chooser.setInitialFileName(name);
        return Optional.ofNullable(chooser.showSaveDialog(owner.get())).map(File::toPath);
    }

    private static FileChooser chooser(String title, Path folder, List<String> filter) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        if (Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        if (filter.size() > 1) {
            chooser.getExtensionFilters()
                    .add(new FileChooser.ExtensionFilter(filter.get(0), filter.subList(1, filter.size())));
        }
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("All files", "*"));
        return chooser;
    }
}
