/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.hillfit.project.LayoutTemplateStore;
import org.hillfit.project.ProjectStore;

/**
 * Files and folders given to the workbench (dropped, chosen, or named on the command line), sorted into project
 * files, layout files and exports. A folder of FCS files is one input (a flow plate); another folder contributes the
 * files directly in it and its folders of FCS files (an experiment folder holding a plate's FCS folder and its
 * layout). A file is taken for a layout when its name says "layout" or it is a layout template; notes
 * ({@code .md}) and hidden files are skipped.
 *
 * @param inputs export files (and FCS folders), in name order
 * @param layouts layout files, the likeliest first
 * @param projects {@code .hillfit} project files
 */
public record DroppedFiles(List<Path> inputs, List<Path> layouts, List<Path> projects) {
    public DroppedFiles {
        inputs = List.copyOf(inputs);
        layouts = List.copyOf(layouts);
        projects = List.copyOf(projects);
    }

    /**
     * Sorts paths (reading folder listings).
     *
     * @throws IOException when a folder cannot be listed
     */
    public static DroppedFiles of(List<Path> paths) throws IOException {
        List<Path> inputs = new ArrayList<>();
        List<Path> layouts = new ArrayList<>();
        List<Path> projects = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path) && !isFlowFolder(path)) {
                try (Stream<Path> entries = Files.list(path)) {
                    entries.filter(f -> Files.isRegularFile(f) || isFlowFolder(f))
                            .sorted()
                            .forEach(f -> sort(f, inputs, layouts, projects));
                }
            } else {
                sort(path, inputs, layouts, projects);
            }
        }
        layouts.sort(Comparator.comparingInt((Path p) -> name(p).length()).thenComparing(DroppedFiles::name));
        return new DroppedFiles(inputs, layouts, projects);
    }

    /** The likeliest layout, when there is one. */
    public Optional<Path> layout() {
        return layouts.stream().findFirst();
    }

    /** True when nothing usable was given. */
    public boolean isEmpty() {
        return inputs.isEmpty() && layouts.isEmpty() && projects.isEmpty();
    }

    private static void sort(Path file, List<Path> inputs, List<Path> layouts, List<Path> projects) {
        String name = name(file);
        if (name.startsWith(".") || name.endsWith(".md") || name.endsWith(".autosave")) {
            return;
        }
        if (name.endsWith(ProjectStore.EXTENSION)) {
            projects.add(file);
        } else if (name.contains("layout") || name.endsWith(LayoutTemplateStore.EXTENSION)) {
            layouts.add(file);
        } else {
            inputs.add(file);
        }
    }

    private static boolean isFlowFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.anyMatch(f -> name(f).endsWith(".fcs"));
        } catch (IOException e) {
            return false; // unreadable: listed (and reported) as an ordinary folder
        }
    }

    private static String name(Path path) {
        return String.valueOf(path.getFileName()).toLowerCase(Locale.ROOT);
    }
}
